import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Principal } from "@/lib/server/principal";

/** Moves the session to another org, only among the user's own memberships (else 404). */
export const switchOrg = async ({ principal, orgId }: { principal: Principal; orgId: string }) => {
  if (principal.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in user has an active organization");
  const membership = await db.membership.findUnique({ where: { orgId_userId: { orgId, userId: principal.userId } }, select: { id: true } });
  if (!membership) throw notFound("Organization");
  await db.session.update({ where: { id: principal.sessionId }, data: { activeOrgId: orgId } });
};
