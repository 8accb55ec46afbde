import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TMember } from "../schemas";
import { assertNotLastAdmin } from "./assert-not-last-admin";
import { memberSelect, toMemberDto } from "./member-dto";

type UpdateMemberRoleOptions = { ctx: Ctx; membershipId: string; role: TMember["role"] };

export const updateMemberRole = async ({ ctx, membershipId, role }: UpdateMemberRoleOptions) =>
  db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({ where: { id: membershipId, orgId: ctx.orgId }, select: { role: true, user: { select: { email: true } } } });
    if (!current) throw notFound("Member");
    if (current.role === "ADMIN" && role !== "ADMIN") await assertNotLastAdmin(tx, ctx.orgId, membershipId);
    const updated = await tx.membership.update({ where: { id: membershipId, orgId: ctx.orgId }, data: { role }, select: memberSelect });
    await writeAudit(tx, ctx, {
      action: "member.role_changed", resourceType: "membership", resourceId: membershipId,
      summary: { email: current.user.email, before: { role: current.role }, after: { role } },
    });
    return toMemberDto(updated);
  });
