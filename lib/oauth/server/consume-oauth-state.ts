import { decryptSecret } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { hashState, verifierContext } from "./pkce";

export type ConsumedState =
  | { kind: "unknown" }
  | { kind: "reused"; integrationId: string }
  | { kind: "expired"; integrationId: string }
  | { kind: "valid"; integrationId: string; verifier: string };

/**
 * Looks the state up by its hash within the caller's org and claims it (usedAt) before anything else
 * happens, so of two callbacks carrying the same state only one proceeds. A state started by another
 * user of the org counts as unknown: the browser that started the flow must finish it.
 */
export async function consumeOAuthState(ctx: Ctx, state: string | undefined): Promise<ConsumedState> {
  if (!state) return { kind: "unknown" };
  const row = await db.oAuthState.findFirst({
    where: { orgId: ctx.orgId, stateHash: hashState(state) },
    select: { id: true, integrationId: true, createdById: true, usedAt: true, expiresAt: true, verifierCipher: true },
  });
  if (!row) return { kind: "unknown" };
  const userId = ctx.principal.kind === "user" ? ctx.principal.userId : null;
  if (row.createdById && row.createdById !== userId) return { kind: "unknown" };
  if (row.usedAt) return { kind: "reused", integrationId: row.integrationId };
  const { count } = await db.oAuthState.updateMany({ where: { id: row.id, orgId: ctx.orgId, usedAt: null }, data: { usedAt: new Date() } });
  if (count !== 1) return { kind: "reused", integrationId: row.integrationId };
  if (row.expiresAt.getTime() <= Date.now()) return { kind: "expired", integrationId: row.integrationId };
  const verifier = await decryptSecret(ctx.orgId, verifierContext(row.id), row.verifierCipher);
  return { kind: "valid", integrationId: row.integrationId, verifier };
}
