import { db } from "@/lib/server/db";
import { withSystemScope } from "@/lib/server/db-scope";

// A user's memberships span orgs, so they are read as the system role (the caller's org scope would hide the rest).
export const listMyOrgs = ({ userId }: { userId: string }) => withSystemScope(async () => {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, org: { select: { id: true, slug: true, name: true } } },
  });
  return rows.map((m) => ({ ...m.org, role: m.role }));
});
