import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { gatewayKeySelect, toGatewayKeyDto } from "./gateway-key-dto";

export async function listGatewayKeys({ ctx, appId }: { ctx: Ctx; appId?: string }) {
  const rows = await db.gatewayKey.findMany({ where: { orgId: ctx.orgId, ...(appId ? { appId } : {}) }, orderBy: { createdAt: "desc" }, take: 1000, select: gatewayKeySelect });
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  const users = creatorIds.length ? await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, email: true } }) : [];
  const email = new Map(users.map((u) => [u.id, u.email]));
  return { keys: rows.map((r) => toGatewayKeyDto(r, r.createdById ? (email.get(r.createdById) ?? null) : null)) };
}
