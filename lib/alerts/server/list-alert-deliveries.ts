import type { Severity } from "@/lib/findings/constants";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { AlertKind, DeliveryStatus } from "../constants";
import type { TAlertDelivery, TListAlertDeliveriesQuery } from "../schemas";

export const listAlertDeliveries = async ({ ctx, query }: { ctx: Ctx; query: TListAlertDeliveriesQuery }): Promise<TAlertDelivery[]> => {
  const rows = await db.alertDelivery.findMany({
    where: { orgId: ctx.orgId, ...(query.webhookId ? { webhookId: query.webhookId } : {}), ...(query.status ? { status: query.status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit,
    select: {
      id: true, webhookId: true, findingId: true, kind: true, status: true, httpStatus: true, error: true, attempts: true, createdAt: true, deliveredAt: true,
      webhook: { select: { name: true } },
    },
  });
  const findingIds = [...new Set(rows.map((r) => r.findingId))];
  const findings = await db.finding.findMany({ where: { orgId: ctx.orgId, id: { in: findingIds } }, select: { id: true, title: true, severity: true } });
  const byId = new Map(findings.map((f) => [f.id, { id: f.id, title: f.title, severity: f.severity as Severity }]));
  return rows.map((r) => ({
    id: r.id, webhookId: r.webhookId, webhookName: r.webhook.name, kind: r.kind as AlertKind, status: r.status as DeliveryStatus,
    httpStatus: r.httpStatus, error: r.error, attempts: r.attempts, createdAt: r.createdAt.toISOString(), deliveredAt: r.deliveredAt?.toISOString() ?? null,
    finding: byId.get(r.findingId) ?? null,
  }));
};
