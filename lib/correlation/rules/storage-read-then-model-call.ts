// Rule 6: the same principal reads an object under a RESTRICTED dataset's location (CloudTrail S3 data events,
// S3 server-access logs, GCS audit logs) and calls a model within 15 minutes after: an LLM event (e.g. a Bedrock
// invocation log) or a Bedrock Invoke/Converse audit event with that principal. A location matches itself and
// anything below it ("s3://bucket/prefix" matches "s3://bucket/prefix/file", not "s3://bucket/prefix2"). One finding
// per principal + dataset + UTC day of the reads.
import { RULES, THRESHOLDS } from "../catalog";
import { clip, HOUR_MS, links, plural, type CorrelationMatch, type CorrelationRule } from "../types";

/** Object reads: CloudTrail S3, S3 server-access log operations, GCS, Azure Blob. */
export const OBJECT_READ_ACTIONS = ["GetObject", "SelectObjectContent", "REST.GET.OBJECT", "storage.objects.get", "GetBlob"];

export type StorageThenModelRow = {
  principal: string; dataset_id: string; dataset_name: string; day: string; reads: number; calls: number; resources: string[];
  models: string[] | null; min_gap_s: number; last_at: Date; read_ids: string[]; llm_ids: string[] | null; cloud_ids: string[] | null;
};

export function storageThenModelMatch(r: StorageThenModelRow): CorrelationMatch {
  const resources = r.resources.slice(0, 5);
  const models = (r.models ?? []).slice(0, 5);
  const half = THRESHOLDS.maxLinks / 2;
  const calls = [...links("llm_event", r.llm_ids), ...links("cloud_event", r.cloud_ids)];
  return {
    subject: `${r.principal}|${r.dataset_id}`, bucket: r.day, appId: null, datasetId: r.dataset_id, severity: RULES["storage-read-then-model-call"].severity,
    title: clip(`${r.principal} read restricted dataset ${r.dataset_name} and called a model ${Math.max(0, Math.round(r.min_gap_s / 60))} min later`, 300),
    description: clip(
      `On ${r.day} (UTC), ${r.principal} made ${plural(r.reads, "read")} under the location of the RESTRICTED dataset ${r.dataset_name} ` +
        `(${resources.join(", ")}${r.resources.length > resources.length ? "…" : ""}) followed within ${THRESHOLDS.storageThenModel.followMinutes} minutes by ` +
        `${plural(r.calls, "model call")}${models.length ? ` (${models.join(", ")})` : ""}; the shortest gap was ${Math.round(r.min_gap_s)} s. ` +
        "Check what the prompts contained and whether this principal should read this data for an AI workload.",
      4000,
    ),
    evidence: clip(`${r.principal}: ${plural(r.reads, "read")} of ${r.dataset_name} → ${plural(r.calls, "model call")} within ${THRESHOLDS.storageThenModel.followMinutes} min`, 500),
    score: r.calls,
    lastEventAt: r.last_at,
    events: [...links("cloud_event", r.read_ids).slice(0, half), ...calls.slice(0, half)],
  };
}

export const storageReadThenModelCallRule: CorrelationRule = {
  id: "storage-read-then-model-call",
  window: (now) => ({ start: new Date(now.getTime() - THRESHOLDS.storageThenModel.windowHours * HOUR_MS), end: now }),
  async find(tx, orgId, { start, end }) {
    const follow = THRESHOLDS.storageThenModel.followMinutes;
    const rows = await tx.$queryRaw<StorageThenModelRow[]>`
      WITH restricted AS (
        SELECT id, name, rtrim(location_uri, '/') AS loc FROM datasets
        WHERE org_id = ${orgId}::uuid AND classification = 'RESTRICTED' AND rtrim(location_uri, '/') LIKE '%://_%'
      ), reads AS (
        SELECT c.id, c.principal, c.time, c.resource, d.id AS dataset_id, d.name AS dataset_name
        FROM (
          SELECT id, principal, time, resource,
            regexp_replace(resource, '^projects/_/buckets/([^/]+)/objects/', 'gs://\\1/') AS uri
          FROM cloud_events
          WHERE org_id = ${orgId}::uuid AND time >= ${start} AND time < ${end} AND principal IS NOT NULL AND outcome = 'success'
            AND action = ANY(${OBJECT_READ_ACTIONS}::text[]) AND resource IS NOT NULL
        ) c
        JOIN restricted d ON c.uri = d.loc OR starts_with(c.uri, d.loc || '/')
      ), calls AS (
        SELECT 'llm_event' AS rt, e.id, e.principal, e.time, coalesce(e.response_model, e.request_model) AS model FROM llm_events e
        WHERE e.org_id = ${orgId}::uuid AND e.time >= ${start} AND e.time < ${end} AND e.principal IN (SELECT principal FROM reads)
        UNION ALL
        SELECT 'cloud_event', c.id, c.principal, c.time, c.model FROM cloud_events c
        WHERE c.org_id = ${orgId}::uuid AND c.time >= ${start} AND c.time < ${end} AND c.model IS NOT NULL AND c.outcome = 'success'
          AND c.principal IN (SELECT principal FROM reads)
      ), pairs AS (
        SELECT r.principal, r.dataset_id, r.dataset_name, to_char(r.time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, r.id AS read_id, r.resource,
          k.rt, k.id AS call_id, k.model, k.time AS call_time, extract(epoch FROM k.time - r.time) AS gap
        FROM reads r JOIN calls k ON k.principal = r.principal AND k.time >= r.time AND k.time <= r.time + make_interval(mins => ${follow}::int)
      )
      SELECT principal, dataset_id::text AS dataset_id, dataset_name, day, count(DISTINCT read_id)::int AS reads, count(DISTINCT call_id)::int AS calls,
        array_agg(DISTINCT resource) AS resources, array_agg(DISTINCT model) FILTER (WHERE model IS NOT NULL) AS models,
        min(gap)::float8 AS min_gap_s, max(call_time) AS last_at, array_agg(DISTINCT read_id::text) AS read_ids,
        array_agg(DISTINCT call_id::text) FILTER (WHERE rt = 'llm_event') AS llm_ids, array_agg(DISTINCT call_id::text) FILTER (WHERE rt = 'cloud_event') AS cloud_ids
      FROM pairs GROUP BY principal, dataset_id, dataset_name, day
      ORDER BY day, principal, dataset_name`;
    return rows.map(storageThenModelMatch);
  },
};
