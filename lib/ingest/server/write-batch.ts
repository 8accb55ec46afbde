// Writes one batch of units in one transaction: events (INSERT … SELECT FROM UNNEST … ON CONFLICT DO NOTHING, so
// a duplicate is counted, not stored twice), DLP findings of the newly stored events, quarantined rejections,
// and the file's ledger and checkpoint. A crash before commit leaves nothing of the batch; after, the checkpoint
// says so: no event is lost or stored twice.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordFindings, type ScopedFinding } from "@/lib/dlp/server/record-findings";
import type { DbTx } from "@/lib/server/db";
import { uuid7 } from "@/lib/server/uuid7";
import type { RejectReason } from "../types";
import { cloudColumns, llmColumns, type PreparedCloud, type PreparedLlm } from "./event-rows";

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

const LLM_INSERT = `
  INSERT INTO llm_events (id, org_id, file_id, source, event_hash, time, provider_name, operation_name, request_model, response_model,
    response_id, input_tokens, output_tokens, request_count, cost_usd, period_end, principal, api_key_id, project_id, deployment,
    source_ip, user_agent, trace_id, span_id, finish_reasons, error_type, app_id, prompt, completion, finding_count, raw)
  SELECT u.id, $1::uuid, $2::uuid, u.source, u.hash, u.time, u.provider, u.op, u.req_model, u.res_model, u.res_id, u.in_tok, u.out_tok,
    u.req_count, u.cost, u.period_end, u.principal, u.key_id, u.project, u.deployment, u.ip, u.ua, u.trace, u.span,
    ARRAY(SELECT jsonb_array_elements_text(u.finish::jsonb)), u.err, u.app, u.prompt, u.completion, u.findings, u.raw
  FROM UNNEST($3::uuid[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
    $12::int[], $13::int[], $14::int[], $15::numeric[], $16::timestamptz[], $17::text[], $18::text[], $19::text[], $20::text[],
    $21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[], $27::uuid[], $28::text[], $29::text[], $30::int[], $31::text[])
    AS u(id, source, hash, time, provider, op, req_model, res_model, res_id, in_tok, out_tok, req_count, cost, period_end, principal,
      key_id, project, deployment, ip, ua, trace, span, finish, err, app, prompt, completion, findings, raw)
  ON CONFLICT (org_id, source, event_hash) DO NOTHING
  RETURNING id`;

const CLOUD_INSERT = `
  INSERT INTO cloud_events (id, org_id, file_id, source, event_hash, time, provider, account, principal, source_ip, user_agent, service,
    action, resource, outcome, region, model, raw)
  SELECT u.id, $1::uuid, $2::uuid, u.source, u.hash, u.time, u.provider, u.account, u.principal, u.ip, u.ua, u.service, u.action,
    u.resource, u.outcome, u.region, u.model, u.raw
  FROM UNNEST($3::uuid[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
    $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
    AS u(id, source, hash, time, provider, account, principal, ip, ua, service, action, resource, outcome, region, model, raw)
  ON CONFLICT (org_id, source, event_hash) DO NOTHING
  RETURNING id`;

const REJECTION_INSERT = `
  INSERT INTO ingest_rejections (id, org_id, file_id, line_number, record_index, reason, detail, raw_prefix)
  SELECT u.id, $1::uuid, $2::uuid, u.line, u.idx, u.reason, u.detail, decode(u.raw, 'base64')
  FROM UNNEST($3::uuid[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[]) AS u(id, line, idx, reason, detail, raw)
  ON CONFLICT (file_id, line_number, record_index) DO NOTHING`;

/** Another run of the same file moved the checkpoint (a redelivered job): this run must stop. */
export class CheckpointMoved extends Error {}

export async function writeBatch(tx: DbTx, batch: Batch): Promise<BatchResult> {
  const { orgId, fileId } = batch;
  // Row lock first: two runs of one file serialize here, and the loser sees the checkpoint moved.
  const [file] = await tx.$queryRaw<{ checkpoint: number; reasons: Record<string, number> }[]>`
    SELECT checkpoint, reasons FROM ingest_files WHERE id = ${fileId}::uuid AND org_id = ${orgId}::uuid FOR UPDATE`;
  if (!file || file.checkpoint !== batch.previousCheckpoint) throw new CheckpointMoved();
  let stored = 0;
  if (batch.llm.length) {
    const { ids, columns } = llmColumns(batch.llm);
    const inserted = new Set((await tx.$queryRawUnsafe<{ id: string }[]>(LLM_INSERT, orgId, fileId, ...columns)).map((r) => r.id));
    stored += inserted.size;
    const byApp = new Map<string | null, ScopedFinding[]>();
    ids.forEach((id, i) => {
      const findings = batch.findings.get(i);
      if (!findings || !inserted.has(id)) return;
      const appId = batch.llm[i]!.appId;
      byApp.set(appId, [...(byApp.get(appId) ?? []), ...findings.map((f) => ({ ...f, recordId: id }))]);
    });
    for (const [appId, found] of byApp) await recordFindings(tx, { orgId, appId, datasetId: null, recordType: "llm_event" }, found);
  }
  if (batch.cloud.length) {
    const { columns } = cloudColumns(batch.cloud);
    stored += (await tx.$queryRawUnsafe<{ id: string }[]>(CLOUD_INSERT, orgId, fileId, ...columns)).length;
  }
  if (batch.rejections.length) {
    const r = batch.rejections;
    await tx.$executeRawUnsafe(REJECTION_INSERT, orgId, fileId, r.map(() => uuid7()), r.map((x) => x.lineNumber), r.map((x) => x.recordIndex), r.map((x) => x.reason), r.map((x) => x.detail?.slice(0, 500) ?? null), r.map((x) => x.raw.toString("base64")));
  }
  const result = { stored, duplicates: batch.llm.length + batch.cloud.length - stored, rejected: batch.rejections.length };
  const reasons = { ...file.reasons };
  for (const r of batch.rejections) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
  await tx.ingestFile.update({
    where: { id: fileId, orgId },
    data: {
      lines: { increment: batch.units }, stored: { increment: result.stored }, duplicates: { increment: result.duplicates },
      rejected: { increment: result.rejected }, reasons: reasons as Prisma.InputJsonObject, checkpoint: batch.checkpoint,
      bytesRead: BigInt(batch.bytesRead), ...(batch.detectedSource ? { detectedSource: batch.detectedSource } : {}),
    },
  });
  return result;
}
