// Writes one batch of units in one transaction on a plain `pg` client: events (INSERT … SELECT FROM UNNEST … ON
// CONFLICT DO NOTHING, so a duplicate is counted, not stored twice), DLP findings of the newly stored events,
// quarantined rejections, and the file's ledger and checkpoint. A crash before commit leaves nothing of the batch;
// after, the checkpoint says so: no event is lost or stored twice.
import type { PoolClient } from "pg";
import { uuid7 } from "@/lib/server/uuid7";
import type { RejectReason } from "../types";
import { CLOUD_EVENTS, LLM_EVENTS, type PreparedCloud, type PreparedLlm } from "./event-rows";
import { insertEvents } from "./insert-events";
import { pgRunner, recordFindings, type ScopedFinding } from "@/lib/dlp/server/record-findings";

export type Rejection = { lineNumber: number; recordIndex: number; reason: RejectReason; detail?: string; raw: Buffer };
export type Batch = {
  orgId: string;
  fileId: string;
  llm: PreparedLlm[];
  cloud: PreparedCloud[];
  /** Findings per LLM event (index into llm), written only for events that were new. */
  findings: Map<number, Omit<ScopedFinding, "recordId">[]>;
  rejections: Rejection[];
  units: number;
  previousCheckpoint: number;
  checkpoint: number;
  bytesRead: number;
  detectedSource: string | null;
};
export type BatchResult = { stored: number; duplicates: number; rejected: number };

/** Another run of the same file moved the checkpoint (a redelivered job): this run must stop. */
export class CheckpointMoved extends Error {}

const LOCK_FILE = `SELECT checkpoint, reasons FROM ingest_files WHERE id = $1::uuid AND org_id = $2::uuid FOR UPDATE`;

const INSERT_REJECTIONS = `
  INSERT INTO ingest_rejections (id, org_id, file_id, line_number, record_index, reason, detail, raw_prefix)
  SELECT u.id, $1::uuid, $2::uuid, u.line, u.idx, u.reason, u.detail, decode(u.raw, 'base64')
  FROM UNNEST($3::uuid[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[]) AS u(id, line, idx, reason, detail, raw)
  ON CONFLICT (file_id, line_number, record_index) DO NOTHING`;

const UPDATE_LEDGER = `
  UPDATE ingest_files SET lines = lines + $3, stored = stored + $4, duplicates = duplicates + $5, rejected = rejected + $6,
    reasons = $7::jsonb, checkpoint = $8, bytes_read = $9, detected_source = COALESCE($10, detected_source)
  WHERE id = $1::uuid AND org_id = $2::uuid`;

async function storeLlm(client: PoolClient, batch: Batch): Promise<number> {
  const { orgId, fileId } = batch;
  const { ids, stored } = await insertEvents(client, LLM_EVENTS, orgId, fileId, batch.llm);
  const byApp = new Map<string | null, ScopedFinding[]>();
  // Findings only for the events this batch stored (a duplicate's findings were recorded with the original).
  batch.findings.forEach((findings, i) => {
    const id = ids[i]!;
    if (!stored.has(id)) return;
    const appId = batch.llm[i]!.appId;
    const list = byApp.get(appId) ?? [];
    for (const f of findings) list.push({ ...f, recordId: id });
    byApp.set(appId, list);
  });
  for (const [appId, found] of byApp) await recordFindings(pgRunner(client), { orgId, appId, datasetId: null, recordType: "llm_event" }, found);
  return stored.size;
}

export async function writeBatch(client: PoolClient, batch: Batch): Promise<BatchResult> {
  const { orgId, fileId } = batch;
  // Row lock first: two runs of one file serialize here, and the loser sees the checkpoint moved.
  const { rows: [file] } = await client.query<{ checkpoint: number; reasons: Record<string, number> }>(LOCK_FILE, [fileId, orgId]);
  if (!file || file.checkpoint !== batch.previousCheckpoint) throw new CheckpointMoved();
  let stored = 0;
  if (batch.llm.length) stored += await storeLlm(client, batch);
  if (batch.cloud.length) stored += (await insertEvents(client, CLOUD_EVENTS, orgId, fileId, batch.cloud)).stored.size;
  const r = batch.rejections;
  if (r.length) {
    await client.query(INSERT_REJECTIONS, [orgId, fileId, r.map(() => uuid7()), r.map((x) => x.lineNumber), r.map((x) => x.recordIndex),
      r.map((x) => x.reason), r.map((x) => x.detail?.slice(0, 500) ?? null), r.map((x) => x.raw.toString("base64"))]);
  }
  const result = { stored, duplicates: batch.llm.length + batch.cloud.length - stored, rejected: r.length };
  const reasons = { ...file.reasons };
  for (const x of r) reasons[x.reason] = (reasons[x.reason] ?? 0) + 1;
  await client.query(UPDATE_LEDGER, [fileId, orgId, batch.units, result.stored, result.duplicates, result.rejected, JSON.stringify(reasons),
    batch.checkpoint, batch.bytesRead, batch.detectedSource]);
  return result;
}
