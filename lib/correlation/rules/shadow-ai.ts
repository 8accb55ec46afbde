// Rule 2: Shadow AI. Model calls no mapping rule attributed to a registered app (app_id null), one finding per
// identity (principal, else API key, else project) per UTC day. Today and yesterday are evaluated on every run so a
// day is complete once it is over; a later call the same day refreshes the same finding.
import { RULES, THRESHOLDS } from "../catalog";
import { clip, DAY_MS, links, plural, startOfUtcDay, usd, type CorrelationMatch, type CorrelationRule } from "../types";

export type ShadowAiRow = {
  kind: "principal" | "API key" | "project"; subject: string; day: string; calls: number; tokens: number; cost: number | null;
  providers: string[]; models: string[] | null; first_at: Date; last_at: Date; ids: string[];
};

export function shadowAiMatch(r: ShadowAiRow): CorrelationMatch {
  const models = (r.models ?? []).slice(0, 10);
  const modelText = models.length ? `${models.join(", ")}${(r.models?.length ?? 0) > models.length ? "…" : ""}` : "unknown models";
  return {
    subject: `${r.kind}:${r.subject}`, bucket: r.day, appId: null, datasetId: null, severity: RULES["shadow-ai"].severity,
    title: clip(`Shadow AI: ${r.kind} ${r.subject} made ${plural(r.calls, "model call")} not mapped to a registered app (${r.day})`, 300),
    description: clip(
      `On ${r.day} (UTC), ${r.kind} ${r.subject} made ${plural(r.calls, "model call")} (${plural(r.tokens, "token")}` +
        `${r.cost !== null ? `, ${usd(r.cost)}` : ""}) to ${r.providers.join(", ")} using ${modelText}, between ${r.first_at.toISOString()} and ` +
        `${r.last_at.toISOString()}, and no app mapping rule matched them. Register the app that owns this ${r.kind} and add a mapping rule ` +
        "(Ingestion → Mapping rules), or revoke it if nobody does.",
      4000,
    ),
    evidence: clip(`${r.kind} ${r.subject}: ${plural(r.calls, "unmapped call")} to ${r.providers.join(", ")} (${modelText})`, 500),
    score: r.calls,
    lastEventAt: r.last_at,
    events: links("llm_event", r.ids),
  };
}

export const shadowAiRule: CorrelationRule = {
  id: "shadow-ai",
  window: (now) => ({ start: new Date(startOfUtcDay(now).getTime() - DAY_MS), end: now }),
  async find(tx, orgId, { start, end }) {
    const rows = await tx.$queryRaw<ShadowAiRow[]>`
      WITH ev AS (
        SELECT id, time, provider_name, coalesce(response_model, request_model) AS model, coalesce(request_count, 1) AS calls,
          coalesce(input_tokens, 0) + coalesce(output_tokens, 0) AS tokens, cost_usd,
          CASE WHEN principal IS NOT NULL THEN 'principal' WHEN api_key_id IS NOT NULL THEN 'API key' ELSE 'project' END AS kind,
          coalesce(principal, api_key_id, project_id) AS subject, to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
        FROM llm_events
        WHERE org_id = ${orgId}::uuid AND time >= ${start} AND time < ${end} AND app_id IS NULL
          AND coalesce(principal, api_key_id, project_id) IS NOT NULL
      )
      SELECT kind, subject, day, sum(calls)::float8 AS calls, sum(tokens)::float8 AS tokens, sum(cost_usd)::float8 AS cost,
        array_agg(DISTINCT provider_name) AS providers, array_agg(DISTINCT model) FILTER (WHERE model IS NOT NULL) AS models,
        min(time) AS first_at, max(time) AS last_at, (array_agg(id::text ORDER BY time DESC))[1:${THRESHOLDS.maxLinks}::int] AS ids
      FROM ev GROUP BY kind, subject, day
      HAVING sum(calls) >= ${THRESHOLDS.shadowAi.minCalls}
      ORDER BY day, kind, subject`;
    return rows.map(shadowAiMatch);
  },
};
