import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { assertNotLastAdmin } from "./assert-not-last-admin";

export const removeMember = async ({ ctx, membershipId }: { ctx: Ctx; membershipId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({ where: { id: membershipId, orgId: ctx.orgId }, select: { role: true, userId: true, user: { select: { email: true } } } });
    if (!current) throw notFound("Member");
    if (current.role === "ADMIN") await assertNotLastAdmin(tx, ctx.orgId, membershipId);
    await tx.membership.delete({ where: { id: membershipId, orgId: ctx.orgId } });
    // Apps cannot be owned by someone outside the org.
    const orphaned = await tx.llmApp.updateMany({ where: { orgId: ctx.orgId, ownerId: current.userId }, data: { ownerId: null } });
    // Their sessions acting in this org (or in none yet) end now: the next request answers 401. Sessions acting in
    // another org of theirs go on.
    const ended = await tx.session.updateMany({
      where: { userId: current.userId, revokedAt: null, OR: [{ activeOrgId: ctx.orgId }, { activeOrgId: null }] },
      data: { revokedAt: new Date() },
    });
    await writeAudit(tx, ctx, {
      action: "member.removed", resourceType: "membership", resourceId: membershipId,
      summary: { email: current.user.email, before: { role: current.role }, appsUnassigned: orphaned.count, sessionsEnded: ended.count },
    });
  });
