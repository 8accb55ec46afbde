import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { DEFAULT_SLA_DAYS, SEVERITIES } from "../constants";
import { ZSlaSettings, type TSlaSettings } from "../schemas";

const parse = (value: unknown): TSlaSettings => {
  const merged = { ...DEFAULT_SLA_DAYS, ...(value && typeof value === "object" ? value : {}) };
  const parsed = ZSlaSettings.safeParse(Object.fromEntries(SEVERITIES.map((s) => [s, merged[s as keyof typeof merged] ?? null])));
  return parsed.success ? parsed.data : DEFAULT_SLA_DAYS;
};

export const getSlaSettings = async ({ ctx }: { ctx: Ctx }) => {
  const org = await db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { findingSlaDays: true } });
  return { sla: parse(org.findingSlaDays) };
};

/** New days apply to every finding still being worked on: their due dates are recomputed from first seen. */
export const updateSlaSettings = async ({ ctx, sla }: { ctx: Ctx; sla: TSlaSettings }) =>
  db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { findingSlaDays: true } });
    await tx.organization.update({ where: { id: ctx.orgId }, data: { findingSlaDays: sla as Prisma.InputJsonObject } });
    const recomputed = await tx.$executeRaw`
      UPDATE findings SET sla_due_at = first_seen_at + make_interval(days => finding_sla_days(org_id, severity))
      WHERE org_id = ${ctx.orgId}::uuid AND status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS')`;
    await writeAudit(tx, ctx, { action: "finding_sla.updated", resourceType: "organization", resourceId: ctx.orgId, summary: { from: parse(before.findingSlaDays), to: sla } });
    return { sla, recomputed };
  }, { timeout: 60_000 });
