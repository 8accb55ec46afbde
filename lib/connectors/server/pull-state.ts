// The pull state lives in Integration.config.pull. Every write is compare-and-set on updatedAt, so a concurrent
// config edit or another pull is re-read instead of overwritten.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { ZPullState, type TPullState, type TPullStateDto } from "../schemas";

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function readPullState(config: unknown): TPullState {
  const parsed = ZPullState.safeParse(asRecord(config).pull ?? {});
  return parsed.success ? parsed.data : {};
}

const dropUndefined = (s: TPullState) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));

export const toPullStateDto = (s: TPullState, now = Date.now()): TPullStateDto => ({
  lastAuditAt: s.lastAuditAt ?? null, lastAuditId: s.lastAuditId ?? null, lastUsageEnd: s.lastUsageEnd ?? null,
  lastRunAt: s.lastRunAt ?? null, lastSuccessAt: s.lastSuccessAt ?? null, lastError: s.lastError ?? null, lastErrorAt: s.lastErrorAt ?? null,
  authFailed: s.authFailed === true, running: s.leaseUntil !== undefined && Date.parse(s.leaseUntil) > now, backlog: s.auditResumeAfter !== undefined,
});

/**
 * Applies `change` to the current state and saves it, retrying when the row changed meanwhile. `change`
 * returns null to leave the row as it is (e.g. the lease is held); then null is returned.
 */
export async function updatePullState(orgId: string, integrationId: string, change: (state: TPullState) => TPullState | null): Promise<TPullState | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.integration.findFirst({ where: { id: integrationId, orgId }, select: { config: true, updatedAt: true } });
    if (!row) return null;
    const next = change(readPullState(row.config));
    if (!next) return null;
    const config = { ...asRecord(row.config), pull: dropUndefined(next) } as Prisma.InputJsonObject;
    const { count } = await db.integration.updateMany({ where: { id: integrationId, orgId, updatedAt: row.updatedAt }, data: { config } });
    if (count === 1) return next;
  }
  throw new Error("The integration kept changing while its pull state was saved");
}

/** Takes the pull lease; null when another pull holds it. */
export const acquirePullLease = (orgId: string, integrationId: string, now = Date.now(), leaseMs: number) =>
  updatePullState(orgId, integrationId, (s) =>
    s.leaseUntil && Date.parse(s.leaseUntil) > now ? null : { ...s, leaseUntil: new Date(now + leaseMs).toISOString() },
  );
