import type { DbTx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export async function assertNotLastAdmin(tx: DbTx, orgId: string, membershipId: string) {
  const admins = await tx.membership.count({ where: { orgId, role: "ADMIN", id: { not: membershipId } } });
  if (admins === 0) throw new AppError("CONFLICT", "An organization needs at least one admin");
}
