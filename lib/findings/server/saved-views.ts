// Saved findings views: the list's URL query under a name, private or shared with the org.
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { ZFindingFilters, type TSavedView } from "../schemas";

const requireUser = (ctx: Ctx) => {
  if (ctx.principal.kind !== "user") throw new AppError("FORBIDDEN", "Saved views belong to people; API keys cannot save them");
  return ctx.principal.userId;
};
const viewSelect = { id: true, name: true, query: true, shared: true, userId: true, user: { select: { email: true } } } as const;
type ViewRow = { id: string; name: string; query: string; shared: boolean; userId: string; user: { email: string } };
const toDto = (v: ViewRow, userId: string): TSavedView => ({ id: v.id, name: v.name, query: v.query, shared: v.shared, mine: v.userId === userId, owner: v.user.email });

/** The query must be one the findings list accepts (filters and sort), so a saved view always opens. */
function checkQuery(query: string) {
  const params = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
  const { sort, ...filters } = params;
  if (sort && !["last_seen", "first_seen", "severity", "sla"].includes(sort)) throw new AppError("VALIDATION_FAILED", "query: unknown sort");
  const parsed = ZFindingFilters.safeParse(filters);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", `query: ${parsed.error.issues[0]?.message ?? "not a findings filter"}`);
}

export const listSavedViews = async ({ ctx }: { ctx: Ctx }) => {
  const userId = requireUser(ctx);
  const views = await db.savedView.findMany({ where: { orgId: ctx.orgId, OR: [{ userId }, { shared: true }] }, orderBy: { name: "asc" }, select: viewSelect });
  return { views: views.map((v) => toDto(v, userId)) };
};

export const createSavedView = async ({ ctx, name, query, shared }: { ctx: Ctx; name: string; query: string; shared: boolean }) => {
  const userId = requireUser(ctx);
  checkQuery(query);
  return db.$transaction(async (tx) => {
    if (await tx.savedView.findFirst({ where: { orgId: ctx.orgId, userId, name }, select: { id: true } })) throw new AppError("CONFLICT", `You already have a view named "${name}"`);
    const view = await tx.savedView.create({ data: { orgId: ctx.orgId, userId, name, query: query.replace(/^\?/, ""), shared }, select: viewSelect });
    await writeAudit(tx, ctx, { action: "finding_view.created", resourceType: "saved_view", resourceId: view.id, summary: { name, shared } });
    return { view: toDto(view, userId) };
  });
};

/** Only the owner deletes a view (a shared view is read-only for the others). */
export const deleteSavedView = async ({ ctx, id }: { ctx: Ctx; id: string }) => {
  const userId = requireUser(ctx);
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id, orgId: ctx.orgId, userId }, select: { id: true, name: true } });
    if (!view) throw notFound("Saved view");
    await tx.savedView.delete({ where: { id } });
    await writeAudit(tx, ctx, { action: "finding_view.deleted", resourceType: "saved_view", resourceId: id, summary: { name: view.name } });
    return { ok: true as const };
  });
};
