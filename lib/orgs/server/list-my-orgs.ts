import { db } from "@/lib/server/db";

export const listMyOrgs = async ({ userId }: { userId: string }) => {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, org: { select: { id: true, slug: true, name: true } } },
  });
  return rows.map((m) => ({ ...m.org, role: m.role }));
};
