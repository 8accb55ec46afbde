import { randomBytes } from "node:crypto";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/password";
import type { Ctx } from "@/lib/server/principal";
import type { TAddMemberRequest, TAddMemberResponse } from "../schemas";
import { memberSelect, toMemberDto } from "./member-dto";

type AddMemberOptions = { ctx: Ctx } & TAddMemberRequest;

/** Adds an existing user, or creates the account with a one-time temporary password. */
export const addMember = async ({ ctx, email, role, name }: AddMemberOptions): Promise<TAddMemberResponse> => {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const temporaryPassword = existing ? null : randomBytes(15).toString("base64url");
  const passwordHash = temporaryPassword ? await hashPassword(temporaryPassword) : null;

  const member = await db.$transaction(async (tx) => {
    const user = existing ?? (await tx.user.create({ data: { email, name: name ?? null, passwordHash }, select: { id: true } }));
    const already = await tx.membership.findUnique({ where: { orgId_userId: { orgId: ctx.orgId, userId: user.id } }, select: { id: true } });
    if (already) throw new AppError("CONFLICT", `${email} is already a member`);
    const created = await tx.membership.create({ data: { orgId: ctx.orgId, userId: user.id, role }, select: memberSelect });
    await writeAudit(tx, ctx, {
      action: "member.added", resourceType: "membership", resourceId: created.id,
      summary: { email, role, newAccount: !existing },
    });
    return created;
  });
  return { member: toMemberDto(member), temporaryPassword };
};
