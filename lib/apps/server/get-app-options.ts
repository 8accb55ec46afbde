import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TAppOptions } from "../schemas";

const MAX_OPTIONS = 500;

/** What the app forms offer: the org's members (owners), LLM provider credentials and catalog datasets. */
export const getAppOptions = async ({ ctx }: { ctx: Ctx }): Promise<TAppOptions> => {
  const { orgId } = ctx;
  const [memberships, credentials, datasets] = await Promise.all([
    db.membership.findMany({
      where: { orgId },
      select: { user: { select: { id: true, email: true, name: true } } },
      orderBy: { user: { email: "asc" } },
      take: MAX_OPTIONS,
    }),
    db.integration.findMany({
      where: { orgId, kind: "LLM_PROVIDER" },
      select: { id: true, name: true, provider: true, status: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_OPTIONS,
    }),
    db.dataset.findMany({
      where: { orgId },
      select: { id: true, name: true, classification: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_OPTIONS,
    }),
  ]);
  return { members: memberships.map((m) => m.user), credentials, datasets };
};
