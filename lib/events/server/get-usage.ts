import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { UNMAPPED_KEY, UNMAPPED_LABEL, type TUsageQuery, type TUsageResponse, type UsageGroup } from "../schemas";
import { resolveRange } from "../time-range";
import { usageSeries, usageTotals, type UsageRow } from "../usage-totals";
import { appNamesOf } from "./app-names";

const KEY_EXPRESSIONS: Record<UsageGroup, Prisma.Sql> = {
  app: Prisma.sql`app_id::text`,
  model: Prisma.sql`COALESCE(request_model, response_model)`,
  provider: Prisma.sql`provider_name`,
};

type SqlRow = { bucket: Date; key: string | null; input_tokens: bigint; output_tokens: bigint; cost_usd: number; requests: bigint };

/**
 * Tokens, cost and requests per time bucket and per app, model or provider, summed in SQL. Usage-page records
 * (periodEnd set) stand for many calls and count their requestCount; per-call events count one.
 */
export const getUsage = async ({ ctx, query }: { ctx: Ctx; query: TUsageQuery }): Promise<TUsageResponse> => {
  const { from, to } = resolveRange(query);
  const rows = await db.$queryRaw<SqlRow[]>`
    SELECT date_trunc(${query.bucket}, time, 'UTC') AS bucket, ${KEY_EXPRESSIONS[query.groupBy]} AS key,
      COALESCE(SUM(input_tokens), 0)::bigint AS input_tokens, COALESCE(SUM(output_tokens), 0)::bigint AS output_tokens,
      COALESCE(SUM(cost_usd), 0)::float8 AS cost_usd,
      SUM(CASE WHEN period_end IS NULL THEN 1 ELSE COALESCE(request_count, 0) END)::bigint AS requests
    FROM llm_events
    WHERE org_id = ${ctx.orgId}::uuid AND time >= ${from} AND time <= ${to}
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
