// Loads the evidence of every app of one org in a fixed number of set-based queries (no per-app queries), so a
// recompute costs the same dozen round trips for 10 apps or 1,000. All reads take `now` from the caller.
import type { DbTx } from "@/lib/server/db";
import type { AppEvidence, CredentialEvidence, DatasetEvidence, FindingTally } from "../types";
import { SCANNED_INPUT } from "@/lib/gateway/guard";

const DAY_MS = 86_400_000;
/** Secret scanners whose code findings are leaked credentials (besides any finding tagged CWE-798). */
const SECRET_SCANNERS = ["gitleaks", "trufflehog", "detect-secrets", "ggshield", "secretlint", "noseyparker"];

type AppRow = AppEvidence["app"];
type Grouped<T> = Map<string, T[]>;
const groupBy = <T extends { appId: string }>(rows: T[]): Grouped<T> => {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(r.appId) ?? m.set(r.appId, []).get(r.appId)!).push(r);
  return m;
};
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export async function loadOrgEvidence(tx: DbTx, orgId: string, now: Date): Promise<AppEvidence[]> {
  const d30 = new Date(now.getTime() - 30 * DAY_MS);
  const d7 = new Date(now.getTime() - 7 * DAY_MS);
  const [apps, usages, integrations, stores, links, policies, rules, traffic, cloud, tallies, imports, alerting, attestations] = await Promise.all([
    tx.$queryRaw<AppRow[]>`
      SELECT id, name, description, owner_id AS "ownerId", criticality::text, lifecycle::text, exposure::text, end_user_auth::text AS "endUserAuth",
        deployment::text, environments
      FROM llm_apps WHERE org_id = ${orgId}::uuid ORDER BY name`,
    tx.$queryRaw<(AppEvidence["modelUsages"][number] & { appId: string })[]>`
      SELECT mu.app_id AS "appId", mu.provider, mu.model_id AS "modelId", mu.credential_id AS "credentialId",
        -- through the gateway: ticked by hand, or the app holds a live virtual key of this console's AI gateway for the provider
        mu.via_gateway OR EXISTS (
          SELECT 1 FROM gateway_keys k JOIN integrations i ON i.id = k.integration_id AND i.org_id = ${orgId}::uuid
          WHERE k.org_id = ${orgId}::uuid AND k.app_id = mu.app_id AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ${now}) AND i.provider = mu.provider
        ) AS "viaGateway"
      FROM model_usages mu WHERE mu.org_id = ${orgId}::uuid`,
    tx.$queryRaw<{ id: string; name: string; kind: CredentialEvidence["kind"]; provider: string; status: CredentialEvidence["status"]; owner: unknown; scopes: unknown; secrets: unknown }[]>`
      SELECT i.id, i.name, i.kind::text, i.provider, i.status::text, i.config->'owner' AS owner, i.config->'scopes' AS scopes,
        coalesce(json_agg(json_build_object('purpose', s.purpose, 'last4', s.last4, 'rotationDays', s.rotation_days, 'lastRotatedAt', s.last_rotated_at,
          'expiresAt', s.expires_at) ORDER BY s.purpose) FILTER (WHERE s.id IS NOT NULL), '[]') AS secrets
      FROM integrations i LEFT JOIN integration_secrets s ON s.integration_id = i.id AND s.org_id = ${orgId}::uuid
      WHERE i.org_id = ${orgId}::uuid GROUP BY i.id`,
    tx.$queryRaw<(AppEvidence["dataStores"][number] & { appId: string })[]>`
      SELECT app_id AS "appId", kind::text, name, dataset_id AS "datasetId" FROM app_data_stores WHERE org_id = ${orgId}::uuid`,
    tx.$queryRaw<(DatasetEvidence & { appId: string; sourceIntegrationId: string | null })[]>`
      SELECT DISTINCT ON (x.app_id, d.id) x.app_id AS "appId", d.id, d.name, d.classification::text, d.owner, d.categories, d.retention_days AS "retentionDays",
        i.kind::text AS "sourceIntegrationKind", src.name AS "sourceName", src.integration_id AS "sourceIntegrationId"
      FROM (SELECT app_id, dataset_id FROM dataset_app_links WHERE org_id = ${orgId}::uuid
            UNION SELECT app_id, dataset_id FROM app_data_stores WHERE org_id = ${orgId}::uuid AND dataset_id IS NOT NULL) x
      JOIN datasets d ON d.id = x.dataset_id AND d.org_id = ${orgId}::uuid
      LEFT JOIN data_sources src ON src.id = d.source_id AND src.org_id = ${orgId}::uuid
      LEFT JOIN integrations i ON i.id = src.integration_id AND i.org_id = ${orgId}::uuid`,
    tx.$queryRaw<{ appId: string | null; detectors: string[]; action: "ALERT" | "REDACT" | "BLOCK" }[]>`
      SELECT app_id AS "appId", detectors, action::text FROM dlp_policies WHERE org_id = ${orgId}::uuid`,
    tx.$queryRaw<{ appId: string; n: number }[]>`
      SELECT app_id AS "appId", count(*)::int AS n FROM app_mapping_rules WHERE org_id = ${orgId}::uuid GROUP BY app_id`,
    // Per-call events only: usage aggregates (request_count set) are not requests that could have been scanned.
    // Scanned: content captured (and scanned by ingestion) or scanned inline by the AI gateway (guardrail scan:input).
    tx.$queryRaw<{ appId: string; events: number; scanned: number; metered: number; providers: string[]; lastAt: Date | null }[]>`
      SELECT app_id AS "appId", count(*) FILTER (WHERE request_count IS NULL)::int AS events,
        count(*) FILTER (WHERE request_count IS NULL AND (prompt IS NOT NULL OR completion IS NOT NULL OR ${SCANNED_INPUT} = ANY(guardrails)))::int AS scanned,
        count(*) FILTER (WHERE input_tokens IS NOT NULL OR output_tokens IS NOT NULL)::int AS metered,
        coalesce(array_agg(DISTINCT provider_name) FILTER (WHERE time >= ${d7}), '{}') AS providers, max(time) AS "lastAt"
      FROM llm_events WHERE org_id = ${orgId}::uuid AND app_id IS NOT NULL AND time >= ${d30} AND time <= ${now}
      GROUP BY app_id`,
    tx.$queryRaw<{ provider: string }[]>`
      SELECT DISTINCT provider FROM cloud_events WHERE org_id = ${orgId}::uuid AND time >= ${d7} AND time <= ${now}`,
    tx.$queryRaw<(FindingTally & { appId: string })[]>`
      SELECT app_id AS "appId", source::text, detector, severity::text,
        CASE WHEN source = 'CORRELATION' THEN rule_id ELSE '*' END AS "ruleId", count(*)::int AS count,
        count(*) FILTER (WHERE sla_due_at < ${now})::int AS overdue,
        count(*) FILTER (WHERE source IN ('SAST', 'SCA') AND (lower(detector) = ANY(${SECRET_SCANNERS}::text[]) OR tags->'cwe' ? 'CWE-798'))::int AS "secretLike"
      FROM findings WHERE org_id = ${orgId}::uuid AND app_id IS NOT NULL AND status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS')
      GROUP BY 1, 2, 3, 4, 5`,
    tx.$queryRaw<{ appId: string; format: "sarif" | "cyclonedx"; lastAt: Date }[]>`
      SELECT app_id AS "appId", format, max(created_at) AS "lastAt" FROM import_runs WHERE org_id = ${orgId}::uuid GROUP BY 1, 2`,
    tx.$queryRaw<{ n: number; min: AppEvidence["alerting"]["minSeverity"] }[]>`
      SELECT count(*)::int AS n, (array_agg(min_severity::text ORDER BY array_position(ARRAY['INFO','LOW','MEDIUM','HIGH','CRITICAL'], min_severity::text)))[1] AS min
      FROM alert_webhooks WHERE org_id = ${orgId}::uuid AND enabled`,
    tx.$queryRaw<{ appId: string; controlId: string; status: "PASS" | "FAIL" | "NOT_APPLICABLE"; evidence: string; expiresAt: Date; attestedBy: string | null }[]>`
      SELECT a.app_id AS "appId", a.control_id AS "controlId", a.status::text, a.evidence, a.expires_at AS "expiresAt", coalesce(u.name, u.email) AS "attestedBy"
      FROM posture_attestations a LEFT JOIN users u ON u.id = a.attested_by_id
      WHERE a.org_id = ${orgId}::uuid AND a.expires_at > ${now}`,
  ]);

  const usagesByApp = groupBy(usages);
  const storesByApp = groupBy(stores);
  const linksByApp = groupBy(links);
  const talliesByApp = groupBy(tallies);
  const importsByApp = groupBy(imports);
  const attestationsByApp = groupBy(attestations);
  const rulesByApp = new Map(rules.map((r) => [r.appId, r.n]));
  const trafficByApp = new Map(traffic.map((t) => [t.appId, t]));
  const orgPolicy = policies.find((p) => p.appId === null);
  const appPolicy = new Map(policies.filter((p) => p.appId !== null).map((p) => [p.appId!, p]));
  const usersOf = new Map<string, Set<string>>();
  for (const u of usages) if (u.credentialId) (usersOf.get(u.credentialId) ?? usersOf.set(u.credentialId, new Set()).get(u.credentialId)!).add(u.appId);
  const credentials = new Map<string, CredentialEvidence>(
    integrations.map((i) => [i.id, {
      id: i.id, name: i.name, kind: i.kind, provider: i.provider, status: i.status,
      usedByAppIds: [...(usersOf.get(i.id) ?? [])],
      owner: typeof i.owner === "string" ? i.owner : "",
      scopes: stringList(i.scopes),
      secrets: (i.secrets as { purpose: string; last4: string; rotationDays: number; lastRotatedAt: string; expiresAt: string | null }[]).map((s) => ({
        ...s, lastRotatedAt: new Date(s.lastRotatedAt), expiresAt: s.expiresAt ? new Date(s.expiresAt) : null,
      })),
    }]),
  );
  const alert = alerting[0] ?? { n: 0, min: null };
  const cloudProviders = cloud.map((c) => c.provider);

  return apps.map((app) => {
    const modelUsages = (usagesByApp.get(app.id) ?? []).map(({ provider, modelId, credentialId, viaGateway }) => ({ provider, modelId, credentialId, viaGateway }));
    const datasetRows = linksByApp.get(app.id) ?? [];
    const credentialIds = new Set<string>([...modelUsages.flatMap((u) => (u.credentialId ? [u.credentialId] : [])), ...datasetRows.flatMap((d) => (d.sourceIntegrationId ? [d.sourceIntegrationId] : []))]);
    const t = trafficByApp.get(app.id);
    const policy = appPolicy.get(app.id);
    return {
      now,
      app,
      modelUsages,
      credentials: [...credentialIds].flatMap((id) => credentials.get(id) ?? []),
      dataStores: (storesByApp.get(app.id) ?? []).map(({ kind, name, datasetId }) => ({ kind, name, datasetId })),
      datasets: datasetRows.map(({ appId: _, ...d }) => d),
      dlpPolicy: policy ? { scope: "app", detectors: policy.detectors, action: policy.action } : orgPolicy ? { scope: "org", detectors: orgPolicy.detectors, action: orgPolicy.action } : null,
      mappingRuleCount: rulesByApp.get(app.id) ?? 0,
      traffic: { events30d: t?.events ?? 0, scannedEvents30d: t?.scanned ?? 0, meteredEvents30d: t?.metered ?? 0, providersSeen7d: t?.providers ?? [], lastEventAt: t?.lastAt ?? null },
      cloudAuditProviders7d: cloudProviders,
      findings: (talliesByApp.get(app.id) ?? []).map(({ appId: _, ...rest }) => rest),
      imports: (importsByApp.get(app.id) ?? []).map(({ format, lastAt }) => ({ format, lastAt })),
      alerting: { enabledWebhooks: alert.n, minSeverity: alert.min },
      attestations: Object.fromEntries((attestationsByApp.get(app.id) ?? []).map((a) => [a.controlId, { status: a.status, evidence: a.evidence, expiresAt: a.expiresAt, attestedBy: a.attestedBy ?? "a former member" }])),
    } satisfies AppEvidence;
  });
}
