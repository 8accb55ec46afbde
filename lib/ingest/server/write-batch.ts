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
    const { ids, c } = llmColumns(batch.llm);
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO llm_events (id, org_id, file_id, source, event_hash, time, provider_name, operation_name, request_model, response_model,
        response_id, input_tokens, output_tokens, request_count, cost_usd, period_end, principal, api_key_id, project_id, deployment,
        source_ip, user_agent, trace_id, span_id, finish_reasons, error_type, app_id, prompt, completion, finding_count, raw)
      SELECT u.id, ${orgId}::uuid, ${fileId}::uuid, u.source, u.hash, u.time, u.provider, u.op, u.req_model, u.res_model, u.res_id, u.in_tok,
        u.out_tok, u.req_count, u.cost, u.period_end, u.principal, u.key_id, u.project, u.deployment, u.ip, u.ua, u.trace, u.span,
        ARRAY(SELECT jsonb_array_elements_text(u.finish::jsonb)), u.err, u.app, u.prompt, u.completion, u.findings, u.raw
      FROM UNNEST(${ids}::uuid[], ${c.source}::text[], ${c.hash}::text[], ${c.time}::timestamptz[], ${c.provider}::text[], ${c.op}::text[],
        ${c.reqModel}::text[], ${c.resModel}::text[], ${c.resId}::text[], ${c.inTok}::int[], ${c.outTok}::int[], ${c.reqCount}::int[],
        ${c.cost}::numeric[], ${c.periodEnd}::timestamptz[], ${c.principal}::text[], ${c.keyId}::text[], ${c.project}::text[],
        ${c.deployment}::text[], ${c.ip}::text[], ${c.ua}::text[], ${c.trace}::text[], ${c.span}::text[], ${c.finish}::text[], ${c.err}::text[],
        ${c.app}::uuid[], ${c.prompt}::text[], ${c.completion}::text[], ${c.findings}::int[], ${c.raw}::text[])
        AS u(id, source, hash, time, provider, op, req_model, res_model, res_id, in_tok, out_tok, req_count, cost, period_end, principal,
          key_id, project, deployment, ip, ua, trace, span, finish, err, app, prompt, completion, findings, raw)
      ON CONFLICT (org_id, source, event_hash) DO NOTHING
      RETURNING id`;
    const inserted = new Set(rows.map((r) => r.id));
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
    const { ids, c } = cloudColumns(batch.cloud);
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO cloud_events (id, org_id, file_id, source, event_hash, time, provider, account, principal, source_ip, user_agent, service,
        action, resource, outcome, region, model, raw)
      SELECT u.id, ${orgId}::uuid, ${fileId}::uuid, u.source, u.hash, u.time, u.provider, u.account, u.principal, u.ip, u.ua, u.service,
        u.action, u.resource, u.outcome, u.region, u.model, u.raw
      FROM UNNEST(${ids}::uuid[], ${c.source}::text[], ${c.hash}::text[], ${c.time}::timestamptz[], ${c.provider}::text[], ${c.account}::text[],
        ${c.principal}::text[], ${c.ip}::text[], ${c.ua}::text[], ${c.service}::text[], ${c.action}::text[], ${c.resource}::text[],
        ${c.outcome}::text[], ${c.region}::text[], ${c.model}::text[], ${c.raw}::text[])
        AS u(id, source, hash, time, provider, account, principal, ip, ua, service, action, resource, outcome, region, model, raw)
      ON CONFLICT (org_id, source, event_hash) DO NOTHING
      RETURNING id`;
    stored += rows.length;
  }
  if (batch.rejections.length) {
    const r = batch.rejections;
    await tx.$executeRaw`
      INSERT INTO ingest_rejections (id, org_id, file_id, line_number, record_index, reason, detail, raw_prefix)
      SELECT u.id, ${orgId}::uuid, ${fileId}::uuid, u.line, u.idx, u.reason, u.detail, decode(u.raw, 'base64')
      FROM UNNEST(${r.map(() => uuid7())}::uuid[], ${r.map((x) => x.lineNumber)}::int[], ${r.map((x) => x.recordIndex)}::int[],
        ${r.map((x) => x.reason)}::text[], ${r.map((x) => x.detail?.slice(0, 500) ?? null)}::text[], ${r.map((x) => x.raw.toString("base64"))}::text[])
        AS u(id, line, idx, reason, detail, raw)
      ON CONFLICT (file_id, line_number, record_index) DO NOTHING`;
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
