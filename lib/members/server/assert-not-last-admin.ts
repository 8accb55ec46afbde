import type { DbTx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Locks the org's admin rows for the rest of the transaction, so two admins demoting or removing
 * each other at the same moment cannot both pass and leave the org without an admin.
 */
export async function assertNotLastAdmin(tx: DbTx, orgId: string, membershipId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM memberships WHERE org_id = ${orgId}::uuid AND role = 'ADMIN' FOR UPDATE`;
  if (admins.filter((a) => a.id !== membershipId).length === 0) {
    throw new AppError("CONFLICT", "An organization needs at least one admin");
  }
}
