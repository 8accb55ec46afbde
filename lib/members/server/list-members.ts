import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { memberSelect, toMemberDto } from "./member-dto";

export const listMembers = async ({ ctx }: { ctx: Ctx }) => {
  const rows = await db.membership.findMany({
    where: { orgId: ctx.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: memberSelect,
    take: 1000,
  });
  return rows.map(toMemberDto);
};
