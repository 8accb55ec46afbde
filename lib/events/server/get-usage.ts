import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { UNMAPPED_KEY, UNMAPPED_LABEL, type TUsageQuery, type TUsageResponse, type UsageGroup } from "../schemas";
import { resolveRange } from "../time-range";
import { usageSeries, usageTotals, type UsageRow } from "../usage-totals";
import { appNamesOf } from "./app-names";

const KEY_EXPRESSIONS: Record<UsageGroup, Prisma.Sql> = {
  app: Prisma.sql`e.app_id::text`,
  model: Prisma.sql`COALESCE(e.request_model, e.response_model)`,
  provider: Prisma.sql`e.provider_name`,
};

type SqlRow = { bucket: Date; key: string | null; input_tokens: bigint; output_tokens: bigint; cost_usd: number; requests: bigint };

/**
 * Tokens, cost and requests per time bucket and per app, model or provider, summed in SQL. Usage-page records
 * (periodEnd set) stand for many calls and count their requestCount; per-call events count one.
 *
 * No double counting when an organization ingests both a provider's per-call logs and its usage reports: the
 * report is the provider's complete count, so for every UTC hour a counted report of that provider overlaps
 * ([time, periodEnd)), only the report counts and that provider's per-call events of the hour are left out.
 * Hours without a report count the per-call events. Only reports inside the range cover hours, so every hour
 * of the range is counted from exactly one of the two. (The explorer still lists the per-call events.)
 */
export const getUsage = async ({ ctx, query }: { ctx: Ctx; query: TUsageQuery }): Promise<TUsageResponse> => {
  const { from, to } = resolveRange(query);
  const rows = await db.$queryRaw<SqlRow[]>`
    WITH reported_hours AS (
      SELECT DISTINCT r.provider_name, h.hour
      FROM llm_events r
      CROSS JOIN LATERAL generate_series(date_trunc('hour', r.time, 'UTC'), r.period_end - interval '1 millisecond', interval '1 hour') AS h(hour)
      WHERE r.org_id = ${ctx.orgId}::uuid AND r.time >= ${from} AND r.time <= ${to} AND r.period_end IS NOT NULL
    )
    SELECT date_trunc(${query.bucket}, e.time, 'UTC') AS bucket, ${KEY_EXPRESSIONS[query.groupBy]} AS key,
      COALESCE(SUM(e.input_tokens), 0)::bigint AS input_tokens, COALESCE(SUM(e.output_tokens), 0)::bigint AS output_tokens,
      COALESCE(SUM(e.cost_usd), 0)::float8 AS cost_usd,
      SUM(CASE WHEN e.period_end IS NULL THEN 1 ELSE COALESCE(e.request_count, 0) END)::bigint AS requests
    FROM llm_events e
    WHERE e.org_id = ${ctx.orgId}::uuid AND e.time >= ${from} AND e.time <= ${to}
      AND (e.period_end IS NOT NULL OR NOT EXISTS (
        SELECT 1 FROM reported_hours c WHERE c.provider_name = e.provider_name AND c.hour = date_trunc('hour', e.time, 'UTC')))
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  const usage: UsageRow[] = rows.map((r) => ({
    bucket: r.bucket, key: r.key, inputTokens: Number(r.input_tokens), outputTokens: Number(r.output_tokens), costUsd: Number(r.cost_usd), requests: Number(r.requests),
  }));
  const nameOf = await namerFor(ctx.orgId, query.groupBy, usage);
  const series = usageSeries(usage, nameOf);
  return { from: from.toISOString(), to: to.toISOString(), bucket: query.bucket, groupBy: query.groupBy, series, totals: usageTotals(series) };
};

async function namerFor(orgId: string, groupBy: UsageGroup, rows: readonly UsageRow[]) {
  if (groupBy !== "app") return (key: string | null) => (key === null ? { key: "unknown", label: groupBy === "model" ? "(unknown model)" : "(unknown)" } : { key, label: key });
  const names = await appNamesOf(orgId, rows.map((r) => r.key));
  return (key: string | null) => (key === null ? { key: UNMAPPED_KEY, label: UNMAPPED_LABEL } : { key, label: names.get(key) ?? "(deleted app)" });
}
