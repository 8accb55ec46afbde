// Gateway usage for the console: totals and latency, per day, per virtual key, and guardrail coverage per app, from
// the metered gateway events in llm_events (source 'gateway').
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { SCANNED_INPUT } from "../guard";
import type { TGatewayUsage } from "../schemas";

type Counts = { requests: number; inputTokens: number; outputTokens: number; costUsd: number; blocked: number; redacted: number; limited: number; errors: number };

// Guardrail labels are "<direction>:<action>:<type>", "limit:<which>:<scope>", "policy:…", "scan:input".
const COUNTS = Prisma.sql`count(*)::int AS requests, coalesce(sum(input_tokens), 0)::float8 AS "inputTokens",
  coalesce(sum(output_tokens), 0)::float8 AS "outputTokens", coalesce(sum(cost_usd), 0)::float8 AS "costUsd",
  count(*) FILTER (WHERE array_to_string(guardrails, ' ') LIKE '%:block:%')::int AS blocked,
  count(*) FILTER (WHERE array_to_string(guardrails, ' ') LIKE '%:redact:%')::int AS redacted,
  count(*) FILTER (WHERE array_to_string(guardrails, ' ') ~ '(^| )limit:')::int AS limited,
  count(*) FILTER (WHERE error_type LIKE 'upstream%')::int AS errors`; // the provider failed (the gateway's own refusals are counted above)

const counts = (r: Counts): Counts => ({
  requests: r.requests, inputTokens: Math.round(r.inputTokens), outputTokens: Math.round(r.outputTokens), costUsd: Math.round(r.costUsd * 1e6) / 1e6,
  blocked: r.blocked, redacted: r.redacted, limited: r.limited, errors: r.errors,
});

export async function getGatewayUsage({ ctx, days, appId }: { ctx: Ctx; days: number; appId?: string }): Promise<TGatewayUsage> {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  const org = ctx.orgId;
  const inWindow = Prisma.sql`e.org_id = ${org}::uuid AND e.time >= ${from} AND e.time <= ${to} ${appId ? Prisma.sql`AND e.app_id = ${appId}::uuid` : Prisma.empty}`;
  const where = Prisma.sql`${inWindow} AND e.source = 'gateway'`;
  const [totals, byDay, byKey, coverage] = await Promise.all([
    db.$queryRaw<(Counts & { p50: number | null; p95: number | null })[]>`
      SELECT ${COUNTS}, percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
      FROM llm_events e WHERE ${where}`,
    db.$queryRaw<(Counts & { day: string })[]>`
      SELECT to_char(date_trunc('day', time AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, ${COUNTS}
      FROM llm_events e WHERE ${where} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<(Counts & { keyPrefix: string; keyName: string | null; appName: string | null })[]>`
      SELECT e.api_key_id AS "keyPrefix", max(k.name) AS "keyName", max(a.name) AS "appName", ${COUNTS}
      FROM llm_events e
      LEFT JOIN gateway_keys k ON k.org_id = ${org}::uuid AND k.prefix = e.api_key_id
      LEFT JOIN llm_apps a ON a.org_id = ${org}::uuid AND a.id = e.app_id
      WHERE ${where}
      GROUP BY e.api_key_id ORDER BY requests DESC LIMIT 200`,
    // Coverage: the app's calls scanned inline by the gateway against every call seen for it. Calls through the gateway
    // usually also appear in the provider's own logs, so the denominator is the larger of the two counts, not their sum.
    db.$queryRaw<{ appId: string; appName: string; gatewayRequests: number; scanned: number; other: number }[]>`
      SELECT a.id AS "appId", a.name AS "appName",
        count(*) FILTER (WHERE e.source = 'gateway')::int AS "gatewayRequests",
        count(*) FILTER (WHERE e.source = 'gateway' AND ${SCANNED_INPUT} = ANY(e.guardrails))::int AS scanned,
        count(*) FILTER (WHERE e.source <> 'gateway' AND e.request_count IS NULL)::int AS other
      FROM llm_events e JOIN llm_apps a ON a.org_id = ${org}::uuid AND a.id = e.app_id
      WHERE ${inWindow}
      GROUP BY a.id, a.name ORDER BY a.name LIMIT 500`,
  ]);
  const t = totals[0]!;
  const round = (n: number | null) => (n === null ? null : Math.round(Number(n) * 100) / 100);
  return {
    from: from.toISOString(), to: to.toISOString(),
    totals: { ...counts(t), latencyP50Ms: round(t.p50), latencyP95Ms: round(t.p95) },
    byDay: byDay.map((d) => ({ day: d.day, ...counts(d) })),
    byKey: byKey.map((k) => ({ keyPrefix: k.keyPrefix ?? "unknown", keyName: k.keyName, appName: k.appName, ...counts(k) })),
    coverage: coverage.map((c) => {
      const total = Math.max(c.gatewayRequests, c.other);
      return { appId: c.appId, appName: c.appName, gatewayRequests: c.gatewayRequests, totalRequests: total, share: total ? Math.round((1000 * c.scanned) / total) / 1000 : null };
    }),
  };
}
