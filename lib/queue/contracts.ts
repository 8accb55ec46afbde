import { z } from "zod";

// Every queue, typed. Payloads carry ids and scope only: never secrets or bulk data.
// New payload fields must be optional until queues drain (in-flight jobs were made without them).

const POSTURE_DEBOUNCE_MS = 10_000;

export const QUEUES = {
  "audit-export": {
    payload: z.object({ orgId: z.uuid(), exportId: z.uuid() }).strict(),
    jobId: (p: { exportId: string }) => `audit-export_${p.exportId}`,
    attempts: 3,
  },
  "encryption-rewrap": {
    payload: z.object({ reason: z.enum(["boot", "scheduled"]) }).strict(),
    jobId: (p: { reason: string }) => `encryption-rewrap_${p.reason}_${Math.floor(Date.now() / 60_000)}`,
    attempts: 5,
  },
  maintenance: {
    payload: z.object({ task: z.enum(["prune-sessions", "prune-audit-exports", "requeue-ingest-files", "enqueue-connector-pulls", "enqueue-correlation-runs", "expire-risk-acceptances", "compact-finding-counts", "enqueue-posture-recomputes"]) }).strict(),
    jobId: (p: { task: string }) => `maintenance_${p.task}_${Math.floor(Date.now() / 60_000)}`,
    attempts: 2,
  },
  "oauth-token-refresh": {
    // The tokens stay in Postgres: the job names the integration only. One job per scheduled refresh time.
    payload: z.object({ orgId: z.uuid(), integrationId: z.uuid() }).strict(),
    jobId: (p: { integrationId: string }, refreshAtMs: number = Date.now()) => `oauth-token-refresh_${p.integrationId}_${Math.floor(refreshAtMs / 1000)}`,
    attempts: 6,
  },
  "dlp-scan": {
    // A batch of stored records named by id; the worker reads them from Postgres and writes findings.
    payload: z.object({ orgId: z.uuid(), scanId: z.uuid(), batch: z.number().int().min(0), recordType: z.enum(["dataset_sample"]), recordIds: z.array(z.uuid()).min(1).max(500) }).strict(),
    jobId: (p: { scanId: string; batch: number }) => `dlp-scan_${p.scanId}_${p.batch}`,
    attempts: 5,
  },
  "connector-pull": {
    // The admin key stays in Postgres: the job names the integration only. One job per integration per 5 minutes.
    payload: z.object({ orgId: z.uuid(), integrationId: z.uuid() }).strict(),
    jobId: (p: { integrationId: string }) => `connector-pull_${p.integrationId}_${Math.floor(Date.now() / 300_000)}`,
    attempts: 4,
  },
  "ingest-file": {
    // The raw file is already stored and recorded; the job names it. One job per file.
    payload: z.object({ orgId: z.uuid(), fileId: z.uuid() }).strict(),
    jobId: (p: { fileId: string }) => `ingest-file_${p.fileId}`,
    attempts: 8,
  },
  alerts: {
    // The sweep reads webhooks and findings itself; one job per minute. Retries are per delivery (alert_deliveries.attempts).
    payload: z.object({ reason: z.enum(["scheduled"]) }).strict(),
    jobId: (p: { reason: string }) => `alerts_${p.reason}_${Math.floor(Date.now() / 60_000)}`,
    attempts: 1,
  },
  "correlation-run": {
    // The org to correlate; events are read from Postgres. One job per org per 15 minutes.
    payload: z.object({ orgId: z.uuid() }).strict(),
    jobId: (p: { orgId: string }) => `correlation-run_${p.orgId}_${Math.floor(Date.now() / 900_000)}`,
    attempts: 3,
  },
  "posture-recompute": {
    // The org to score; evidence is read from Postgres. Evidence changes are debounced: every change in the same
    // 10 s bucket shares one job that runs 2 s after the bucket ends, so it sees all of them.
    payload: z.object({ orgId: z.uuid(), trigger: z.enum(["evidence", "daily", "manual"]) }).strict(),
    jobId: (p: { orgId: string; trigger: string }) =>
      p.trigger === "daily" ? `posture-recompute_${p.orgId}_daily_${new Date().toISOString().slice(0, 10)}`
      : p.trigger === "manual" ? `posture-recompute_${p.orgId}_manual_${Math.floor(Date.now() / 5_000)}`
      : `posture-recompute_${p.orgId}_evidence_${Math.floor(Date.now() / POSTURE_DEBOUNCE_MS)}`,
    delayMs: (p: { trigger: string }) => (p.trigger === "evidence" ? POSTURE_DEBOUNCE_MS - (Date.now() % POSTURE_DEBOUNCE_MS) + 2_000 : 0),
    attempts: 3,
  },
} as const;

export type QueueName = keyof typeof QUEUES;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];
export type QueuePayload<Q extends QueueName> = z.infer<(typeof QUEUES)[Q]["payload"]>;

/** Repeatable jobs, declared in one place and registered by the worker at boot. */
export const SCHEDULES = [
  { queue: "maintenance", id: "prune-sessions-hourly", every: 3_600_000, payload: { task: "prune-sessions" } },
  { queue: "encryption-rewrap", id: "encryption-rewrap-hourly", every: 3_600_000, payload: { reason: "scheduled" } },
  { queue: "maintenance", id: "prune-audit-exports-daily", every: 86_400_000, payload: { task: "prune-audit-exports" } },
  { queue: "maintenance", id: "requeue-ingest-files", every: 120_000, payload: { task: "requeue-ingest-files" } },
  { queue: "maintenance", id: "enqueue-connector-pulls", every: 300_000, payload: { task: "enqueue-connector-pulls" } },
  { queue: "maintenance", id: "enqueue-correlation-runs", every: 900_000, payload: { task: "enqueue-correlation-runs" } },
  { queue: "alerts", id: "alerts-sweep", every: 60_000, payload: { reason: "scheduled" } },
  { queue: "maintenance", id: "compact-finding-counts", every: 300_000, payload: { task: "compact-finding-counts" } },
  { queue: "maintenance", id: "expire-risk-acceptances", every: 3_600_000, payload: { task: "expire-risk-acceptances" } },
  { queue: "maintenance", id: "enqueue-posture-recomputes", every: 86_400_000, payload: { task: "enqueue-posture-recomputes" } },
] as const satisfies readonly { queue: QueueName; id: string; every: number; payload: QueuePayload<QueueName> }[];

export const WORKER_HEARTBEAT_KEY_PREFIX = "worker-heartbeat:";
export const WORKER_HEARTBEAT_TTL_SECONDS = 15;
