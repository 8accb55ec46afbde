import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "./db";
import { actorLabel, type Ctx } from "./principal";

export type AuditEntry = {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** Before/after summary of what changed. Never put secret values here. */
  summary?: Prisma.InputJsonValue;
};

/** For changes the worker makes on its own (no user or API key behind them). Same transaction rule. */
export async function writeSystemAudit(tx: DbTx, orgId: string, actor: string, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      orgId, actorType: "SYSTEM", actorLabel: `system:${actor}`, action: entry.action, resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null, summary: entry.summary,
    },
  });
}

/** The audit record of a user's or API key's change. */
function auditRecord(ctx: Ctx, entry: AuditEntry) {
  const p = ctx.principal;
  return {
    orgId: ctx.orgId,
    actorType: p.kind === "user" ? ("USER" as const) : ("API_KEY" as const),
    actorUserId: p.kind === "user" ? p.userId : null,
    actorApiKeyId: p.kind === "api-key" ? p.apiKeyId : null,
    actorLabel: actorLabel(p).slice(0, 254),
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    summary: entry.summary,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  };
}

/** Call inside the transaction that makes the change, so the change and its record land together. */
export async function writeAudit(tx: DbTx, ctx: Ctx, entry: AuditEntry) {
  await tx.auditEvent.create({ data: auditRecord(ctx, entry) });
}

/**
 * writeAudit's record as one INSERT for the pg pool, for a change that plain SQL has already committed (one statement
 * needs no transaction of its own, and skips Prisma's per-query compile on hot paths such as synchronous pushes).
 */
export function auditInsertSql(ctx: Ctx, entry: AuditEntry): Prisma.Sql {
  const r = auditRecord(ctx, entry);
  return Prisma.sql`
    INSERT INTO audit_events (org_id, actor_type, actor_user_id, actor_api_key_id, actor_label, action, resource_type, resource_id, summary, ip, user_agent, request_id)
    VALUES (${r.orgId}::uuid, ${r.actorType}::"ActorType", ${r.actorUserId}::uuid, ${r.actorApiKeyId}::uuid, ${r.actorLabel}, ${r.action}, ${r.resourceType},
      ${r.resourceId}, ${r.summary === undefined ? null : JSON.stringify(r.summary)}::jsonb, ${r.ip ?? null}, ${r.userAgent ?? null}, ${r.requestId ?? null})`;
}
