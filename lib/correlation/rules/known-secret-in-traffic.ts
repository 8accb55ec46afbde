// Rule 3: a secret found in LLM traffic is one of the org's stored integration credentials. DLP findings carry the
// org-keyed HMAC of the matched value (value_hash), integration secrets the same HMAC of theirs (fingerprint), so the
// match never needs a plaintext. Starts from events with DLP findings in the window (index on org + time). One
// finding per credential value: a rotated secret has a new fingerprint, so a later leak of it is a new finding.
import { RULES, THRESHOLDS } from "../catalog";
import { clip, DAY_MS, links, plural, type CorrelationMatch, type CorrelationRule } from "../types";

const PURPOSE_LABELS: Record<string, string> = {
  api_key: "API key", client_secret: "OAuth client secret", service_account_key: "service-account key", access_token: "access token", refresh_token: "refresh token",
};

export type KnownSecretRow = {
  secret_id: string; fingerprint: string; purpose: string; integration_name: string; integration_kind: string; provider: string;
  calls: number; first_at: Date; last_at: Date; app_ids: string[] | null; principals: string[] | null; ids: string[];
};

export function knownSecretMatch(r: KnownSecretRow): CorrelationMatch {
  const credential = `${PURPOSE_LABELS[r.purpose] ?? r.purpose} of integration "${r.integration_name}"`;
  const principals = (r.principals ?? []).slice(0, 5);
  const apps = r.app_ids ?? [];
  return {
    subject: `${r.secret_id}:${r.fingerprint}`, bucket: "", appId: apps.length === 1 ? apps[0]! : null, datasetId: null,
    severity: RULES["known-secret-in-traffic"].severity,
    title: clip(`Stored credential leaked to an LLM: ${credential} — rotate it`, 300),
    description: clip(
      `The ${credential} (${r.provider}, ${r.integration_kind.toLowerCase().replaceAll("_", " ")}) appeared in the prompt or response of ` +
        `${plural(r.calls, "LLM call")} between ${r.first_at.toISOString()} and ${r.last_at.toISOString()}` +
        `${principals.length ? `, sent by ${principals.join(", ")}${(r.principals?.length ?? 0) > principals.length ? "…" : ""}` : ""}. ` +
        "The value matched the credential's fingerprint (an org-keyed HMAC); the value itself is never stored with the event. " +
        "Rotate the credential now (Integrations → Rotation), revoke the old value at the provider, and find why it reached a model.",
      4000,
    ),
    evidence: clip(`${credential} seen in ${plural(r.calls, "LLM call")}`, 500),
    score: 1,
    lastEventAt: r.last_at,
    events: links("llm_event", r.ids),
  };
}

export const knownSecretInTrafficRule: CorrelationRule = {
  id: "known-secret-in-traffic",
  window: (now) => ({ start: new Date(now.getTime() - THRESHOLDS.knownSecret.windowDays * DAY_MS), end: now }),
  async find(tx, orgId, { start, end }) {
    const rows = await tx.$queryRaw<KnownSecretRow[]>`
      WITH hits AS (
        SELECT DISTINCT s.id AS secret_id, e.id AS event_id, e.time, e.app_id, e.principal
        FROM llm_events e
        JOIN finding_occurrences o ON o.org_id = e.org_id AND o.record_type = 'llm_event' AND o.record_id = e.id
        JOIN findings f ON f.id = o.finding_id AND f.org_id = e.org_id AND f.value_hash IS NOT NULL
        JOIN integration_secrets s ON s.org_id = e.org_id AND s.fingerprint = f.value_hash
        WHERE e.org_id = ${orgId}::uuid AND e.time >= ${start} AND e.time < ${end} AND e.finding_count > 0
      )
      SELECT s.id::text AS secret_id, s.fingerprint, s.purpose, i.name AS integration_name, i.kind::text AS integration_kind, i.provider,
        count(*)::int AS calls, min(h.time) AS first_at, max(h.time) AS last_at,
        array_agg(DISTINCT h.app_id::text) FILTER (WHERE h.app_id IS NOT NULL) AS app_ids,
        array_agg(DISTINCT h.principal) FILTER (WHERE h.principal IS NOT NULL) AS principals,
        (array_agg(h.event_id::text ORDER BY h.time DESC))[1:${THRESHOLDS.maxLinks}::int] AS ids
      FROM hits h
      JOIN integration_secrets s ON s.id = h.secret_id AND s.org_id = ${orgId}::uuid
      JOIN integrations i ON i.id = s.integration_id AND i.org_id = ${orgId}::uuid
      GROUP BY s.id, s.fingerprint, s.purpose, i.name, i.kind, i.provider
      ORDER BY s.id`;
    return rows.map(knownSecretMatch);
  },
};
