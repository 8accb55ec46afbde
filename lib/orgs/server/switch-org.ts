import { db } from "@/lib/server/db";
import { withSystemScope } from "@/lib/server/db-scope";
import { AppError, notFound } from "@/lib/server/errors";
import type { Principal } from "@/lib/server/principal";

/** Moves the session to another org, only among the user's own memberships (else 404). */
export const switchOrg = async ({ principal, orgId }: { principal: Principal; orgId: string }) => {
  if (principal.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in user has an active organization");
  // The target is another org than the caller's current one: looked up as the system role, by the user's own id.
  const userId = principal.userId;
  const membership = await withSystemScope(() => db.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { id: true } }));
  if (!membership) throw notFound("Organization");
  await db.session.update({ where: { id: principal.sessionId }, data: { activeOrgId: orgId } });
};
