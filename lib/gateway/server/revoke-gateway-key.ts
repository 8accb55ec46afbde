import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import type { Ctx } from "@/lib/server/principal";
import { gatewayKeySelect, toGatewayKeyDto } from "./gateway-key-dto";
import { forgetGatewayKeys } from "./key-config";
import { markRevoked } from "./limits";

export async function revokeGatewayKey({ ctx, id }: { ctx: Ctx; id: string }) {
  const row = await db.$transaction(async (tx) => {
    const current = await tx.gatewayKey.findFirst({ where: { id, orgId: ctx.orgId }, select: { revokedAt: true, name: true, prefix: true } });
    if (!current) throw notFound("Gateway key");
    const updated = await tx.gatewayKey.update({ where: { id, orgId: ctx.orgId }, data: { revokedAt: current.revokedAt ?? new Date() }, select: { ...gatewayKeySelect, keyId: true } });
    if (!current.revokedAt) await writeAudit(tx, ctx, { action: "gateway_key.revoked", resourceType: "gateway_key", resourceId: id, summary: { name: current.name, prefix: current.prefix } });
    return updated;
  });
  // After the commit: this process forgets the key now, and the Redis marker refuses it in every other process
  // before their cached copy expires.
  forgetGatewayKeys([row.keyId]);
  await markRevoked(row.keyId).catch((e: unknown) => logger.warn({ err: String(e) }, "gateway key revocation marker not set; other processes refuse it within seconds"));
  return { key: toGatewayKeyDto(row, null) };
}
