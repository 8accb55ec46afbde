// Rule 4: tokens or cost of an app or an identity far above its own baseline (ATLAS cost harvesting, OWASP LLM10).
// Two scales, hour and day, on aligned UTC buckets: the previous (complete) and the current (growing) bucket are
// compared with the 14 days of buckets before them, empty buckets counting as 0. A bucket is one finding, so a spike
// is reported once however many runs see it. Usage records that cover more than a bucket are left out of that scale.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/server/db";
import { RULES, THRESHOLDS } from "../catalog";
import { clip, DAY_MS, HOUR_MS, links, usd, type CorrelationMatch, type CorrelationRule, type Window } from "../types";

type Scale = "hour" | "day";
const SCALE_MS: Record<Scale, number> = { hour: HOUR_MS, day: DAY_MS };
const T = THRESHOLDS.usageAnomaly;

export type UsageAnomalyRow = {
  kind: "app" | "identity"; subject: string; app_name: string | null; bucket: Date; tokens: number; cost: number; active: number;
  tok_mean: number; tok_sd: number; cost_mean: number; cost_sd: number; tok_hit: boolean; cost_hit: boolean; last_at: Date; ids: string[];
};

const compact = (n: number) => Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);

export function usageAnomalyMatch(scale: Scale, r: UsageAnomalyRow): CorrelationMatch {
  const who = r.kind === "app" ? `app ${r.app_name ?? r.subject}` : `identity ${r.subject}`;
  const period = scale === "hour" ? `the hour from ${r.bucket.toISOString().slice(0, 16)}Z` : `${r.bucket.toISOString().slice(0, 10)} (UTC)`;
  const parts = [
    r.tok_hit ? `${compact(r.tokens)} tokens (baseline ${compact(r.tok_mean)} ± ${compact(r.tok_sd)} per ${scale})` : null,
    r.cost_hit ? `${usd(r.cost)} (baseline ${usd(r.cost_mean)} ± ${usd(r.cost_sd)} per ${scale})` : null,
  ].filter((p): p is string => p !== null);
  const costly = r.cost_hit && r.cost >= 10 * T[scale].minCostUsd;
  return {
    subject: `${r.kind}:${r.subject}`, bucket: `${scale}:${r.bucket.toISOString()}`,
    appId: r.kind === "app" ? r.subject : null, datasetId: null, severity: costly ? "HIGH" : RULES["usage-anomaly"].severity,
    title: clip(`${r.tok_hit ? "Token" : "Cost"} spike: ${who} used ${parts.join(" and ")} in ${period}`, 300),
    description: clip(
      `In ${period}, ${who} used ${compact(r.tokens)} tokens costing ${usd(r.cost)}. Its baseline over the previous ${T.baselineBuckets} days ` +
        `(${r.active} active ${scale}s) is ${compact(r.tok_mean)} ± ${compact(r.tok_sd)} tokens and ${usd(r.cost_mean)} ± ${usd(r.cost_sd)} per ${scale}; ` +
        `the rule fires above mean + ${T.k}·σ and ${T.minRatioToMean}× the mean, from ${compact(T[scale].minTokens)} tokens or ${usd(T[scale].minCostUsd)}. ` +
        "Check for a runaway client, a leaked key used by someone else (cost harvesting), or a new workload; set token budgets or rate limits.",
      4000,
    ),
    evidence: clip(`${who}: ${parts.join("; ")} in ${period}`, 500),
    score: Math.round(Math.max(r.tok_sd > 0 ? (r.tokens - r.tok_mean) / r.tok_sd : 0, r.cost_sd > 0 ? (r.cost - r.cost_mean) / r.cost_sd : 0) * 100) / 100,
    lastEventAt: r.last_at,
    events: links("llm_event", r.ids),
  };
}

async function findAtScale(tx: DbTx, orgId: string, end: Date, scale: Scale): Promise<CorrelationMatch[]> {
  const ms = SCALE_MS[scale];
  const seconds = ms / 1000;
  const n = scale === "hour" ? T.baselineBuckets * 24 : T.baselineBuckets;
  const evalStart = new Date(Math.floor(end.getTime() / ms) * ms - ms);
  const baselineStart = new Date(evalStart.getTime() - n * ms);
  const { minActiveBuckets, minTokens, minCostUsd } = T[scale];
  const mean = (col: string) => Prisma.raw(`sum(${col}) / ${n}`);
  const sd = (col: string) => Prisma.raw(`sqrt(greatest(sum(${col} * ${col}) / ${n} - power(sum(${col}) / ${n}, 2), 0))`);
  const rows = await tx.$queryRaw<UsageAnomalyRow[]>`
    WITH ev AS (
      SELECT id, time, app_id, coalesce(principal, 'key:' || api_key_id) AS identity,
        (coalesce(input_tokens, 0) + coalesce(output_tokens, 0))::float8 AS tokens, coalesce(cost_usd, 0)::float8 AS cost,
        to_timestamp(floor(extract(epoch FROM time) / ${seconds}::int) * ${seconds}::int) AS b
      FROM llm_events
      WHERE org_id = ${orgId}::uuid AND time >= ${baselineStart} AND time < ${end}
        AND (period_end IS NULL OR period_end - time <= make_interval(secs => ${seconds}::int))
    ), subj AS (
      SELECT 'app' AS kind, app_id::text AS subject, id, time, tokens, cost, b FROM ev WHERE app_id IS NOT NULL
      UNION ALL
      SELECT 'identity', identity, id, time, tokens, cost, b FROM ev WHERE identity IS NOT NULL
    ), buckets AS (
      SELECT kind, subject, b, sum(tokens) AS tokens, sum(cost) AS cost FROM subj GROUP BY kind, subject, b
    ), base AS (
      SELECT kind, subject, count(*)::int AS active, ${mean("tokens")} AS tok_mean, ${sd("tokens")} AS tok_sd,
        ${mean("cost")} AS cost_mean, ${sd("cost")} AS cost_sd
      FROM buckets WHERE b < ${evalStart} GROUP BY kind, subject
    ), scored AS (
      SELECT c.kind, c.subject, c.b AS bucket, c.tokens, c.cost, base.active, base.tok_mean, base.tok_sd, base.cost_mean, base.cost_sd,
        (c.tokens >= ${minTokens} AND c.tokens > base.tok_mean + ${T.k} * base.tok_sd AND c.tokens >= ${T.minRatioToMean} * base.tok_mean) AS tok_hit,
        (c.cost >= ${minCostUsd} AND c.cost > base.cost_mean + ${T.k} * base.cost_sd AND c.cost >= ${T.minRatioToMean} * base.cost_mean) AS cost_hit
      FROM buckets c JOIN base ON base.kind = c.kind AND base.subject = c.subject
      WHERE c.b >= ${evalStart} AND base.active >= ${minActiveBuckets}
    )
    SELECT s.*, a.name AS app_name, x.last_at, x.ids
    FROM scored s
    LEFT JOIN llm_apps a ON s.kind = 'app' AND a.id::text = s.subject AND a.org_id = ${orgId}::uuid
    CROSS JOIN LATERAL (
      SELECT max(time) AS last_at, (array_agg(id::text ORDER BY tokens DESC, time DESC))[1:${THRESHOLDS.maxLinks}::int] AS ids
      FROM subj WHERE subj.kind = s.kind AND subj.subject = s.subject AND subj.b = s.bucket
    ) x
    WHERE s.tok_hit OR s.cost_hit
    ORDER BY s.kind, s.subject, s.bucket`;
  return rows.map((r) => usageAnomalyMatch(scale, r));
}

export const usageAnomalyRule: CorrelationRule = {
  id: "usage-anomaly",
  // The evaluated buckets: yesterday and today (hours are inside); the baseline before them is read too.
  window: (now) => ({ start: new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS), end: now }),
  async find(tx, orgId, window: Window) {
    return [...(await findAtScale(tx, orgId, window.end, "hour")), ...(await findAtScale(tx, orgId, window.end, "day"))];
  },
};
