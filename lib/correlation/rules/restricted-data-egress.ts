// Rule 5: an app linked to a RESTRICTED dataset (the strictest classification) sends traffic to an external model
// provider while the DLP policy that applies to it only alerts. The effective policy is resolved as the DLP engine
// does (lib/dlp/server/policy-store.ts): the app's own policy, else the org default, else the built-in default,
// whose action is ALERT. REDACT and BLOCK count as protection; ALERT does not, since the data still leaves.
// One finding per app (no window bucket): it stays one item until the policy is fixed; a recurrence after it was
// resolved reopens it.
import { RULES, THRESHOLDS } from "../catalog";
import { clip, HOUR_MS, links, plural, type CorrelationMatch, type CorrelationRule } from "../types";

/** gen_ai.provider.name values of runtimes that run inside the organization (not an external provider). */
export const SELF_HOSTED_PROVIDERS = ["ollama", "vllm", "llama.cpp", "llamacpp", "tgi", "localai", "lmstudio", "self_hosted", "local"];

export type RestrictedEgressRow = {
  app_id: string; app_name: string; datasets: string[]; dataset_ids: string[]; policy: "app" | "org" | "default";
  calls: number; providers: string[]; first_at: Date; last_at: Date; ids: string[];
};

export function restrictedEgressMatch(r: RestrictedEgressRow): CorrelationMatch {
  const policy = r.policy === "default" ? "no DLP policy (built-in default: alert only)" : `its ${r.policy === "app" ? "own" : "org-default"} DLP policy, whose action is ALERT`;
  return {
    subject: r.app_id, bucket: "", appId: r.app_id, datasetId: r.dataset_ids.length === 1 ? r.dataset_ids[0]! : null,
    severity: RULES["restricted-data-egress"].severity,
    title: clip(`App ${r.app_name} reaches restricted data and calls ${r.providers.join(", ")} without DLP protection`, 300),
    description: clip(
      `App ${r.app_name} is linked to the RESTRICTED dataset${r.datasets.length === 1 ? "" : "s"} ${r.datasets.join(", ")} and made ` +
        `${plural(r.calls, "call")} to the external provider${r.providers.length === 1 ? "" : "s"} ${r.providers.join(", ")} between ` +
        `${r.first_at.toISOString()} and ${r.last_at.toISOString()}, with ${policy}. Restricted data can leave in prompts unredacted. ` +
        "Give the app a DLP policy that redacts or blocks (DLP → Policies), or unlink the dataset.",
      4000,
    ),
    evidence: clip(`${r.app_name}: ${r.datasets.join(", ")} → ${r.providers.join(", ")} (${plural(r.calls, "call")} in ${THRESHOLDS.restrictedEgress.windowHours} h), DLP action ALERT`, 500),
    score: r.calls,
    lastEventAt: r.last_at,
    events: links("llm_event", r.ids),
  };
}

export const restrictedDataEgressRule: CorrelationRule = {
  id: "restricted-data-egress",
  window: (now) => ({ start: new Date(now.getTime() - THRESHOLDS.restrictedEgress.windowHours * HOUR_MS), end: now }),
  async find(tx, orgId, { start, end }) {
    const rows = await tx.$queryRaw<RestrictedEgressRow[]>`
      WITH restricted AS (
        SELECT l.app_id, array_agg(DISTINCT d.name) AS datasets, array_agg(DISTINCT d.id::text) AS dataset_ids
        FROM dataset_app_links l JOIN datasets d ON d.id = l.dataset_id AND d.org_id = ${orgId}::uuid
        WHERE l.org_id = ${orgId}::uuid AND d.classification = 'RESTRICTED'
        GROUP BY l.app_id
      ), exposed AS (
        SELECT r.*, a.name AS app_name, CASE WHEN ap.id IS NOT NULL THEN 'app' WHEN op.id IS NOT NULL THEN 'org' ELSE 'default' END AS policy
        FROM restricted r
        JOIN llm_apps a ON a.id = r.app_id AND a.org_id = ${orgId}::uuid
        LEFT JOIN dlp_policies ap ON ap.org_id = ${orgId}::uuid AND ap.app_id = r.app_id
        LEFT JOIN dlp_policies op ON op.org_id = ${orgId}::uuid AND op.app_id IS NULL
        WHERE coalesce(ap.action, op.action, 'ALERT') = 'ALERT'
      )
      SELECT x.app_id::text AS app_id, x.app_name, x.datasets, x.dataset_ids, x.policy, ev.calls, ev.providers, ev.first_at, ev.last_at, ev.ids
      FROM exposed x
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS calls, array_agg(DISTINCT provider_name) AS providers, min(time) AS first_at, max(time) AS last_at,
          (array_agg(id::text ORDER BY time DESC))[1:${THRESHOLDS.maxLinks}::int] AS ids
        FROM llm_events e
        WHERE e.org_id = ${orgId}::uuid AND e.app_id = x.app_id AND e.time >= ${start} AND e.time < ${end}
          AND lower(e.provider_name) <> ALL(${SELF_HOSTED_PROVIDERS}::text[])
      ) ev
      WHERE ev.calls > 0
      ORDER BY x.app_name`;
    return rows.map(restrictedEgressMatch);
  },
};
