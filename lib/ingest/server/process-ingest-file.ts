// The ingest-file job: streams a stored upload through parsing, normalization, app mapping and DLP, writing
// batches that each commit their events, rejections, ledger and checkpoint together. Resumes after a crash
// from the checkpoint; a second run of the same file stops at its first batch (CheckpointMoved).
import { anonymize } from "@/lib/dlp/operators";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import { severityOf } from "@/lib/dlp/policy/severity";
import { loadCustomRules, loadEffectivePolicy, type EffectivePolicy } from "@/lib/dlp/server/policy-store";
import { secretDetector } from "@/lib/dlp/secrets";
import type { Finding } from "@/lib/dlp/types";
import { costOf, priceFor } from "@/lib/pricing/price";
import { loadPrices } from "@/lib/pricing/server/load-prices";
import { secretFingerprinter } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { fileStore } from "@/lib/server/file-store";
import { logger } from "@/lib/server/logger";
import { mapToApp, type MappingRule } from "../mapping";
import { INGEST_PARSERS } from "../parsers";
import { fileUnits, type Unit } from "../pipeline/units";
import { DEFAULT_LIMITS } from "../read/limits";
import type { SourceType } from "../types";
import type { PreparedCloud, PreparedLlm } from "./event-rows";
import { CheckpointMoved, writeBatch, type Batch } from "./write-batch";

export const INGEST_BATCH_SIZE = 1_000;
const TEXT_CAP = 65_536;

type Context = Awaited<ReturnType<typeof loadContext>>;

async function loadContext(orgId: string) {
  const [rules, custom, fingerprint, orgPolicy, prices] = await Promise.all([
    db.appMappingRule.findMany({ where: { orgId }, orderBy: [{ priority: "asc" }, { createdAt: "asc" }], select: { appId: true, field: true, matchType: true, value: true, priority: true } }),
    loadCustomRules(orgId),
    secretFingerprinter(orgId),
    loadEffectivePolicy(orgId),
    loadPrices(orgId),
  ]);
  const policies = new Map<string | null, EffectivePolicy>([[null, orgPolicy]]);
  return { orgId, rules: rules as MappingRule[], custom, fingerprint, policies, prices };
}

async function policyFor(ctx: Context, appId: string | null) {
  let policy = ctx.policies.get(appId);
  if (!policy) {
    policy = await loadEffectivePolicy(ctx.orgId, appId);
    ctx.policies.set(appId, policy);
  }
  return policy;
}

/**
 * The raw record as stored for the event detail view: capped, with secrets anywhere in it (headers, parameters)
 * replaced, and every value DLP found in the prompt or completion replaced where it appears in the JSON too.
 */
function safeRaw(raw: string | Buffer, found: readonly { type: string; value: string }[] = []): string {
  const text = (typeof raw === "string" ? raw : raw.toString("utf8")).slice(0, TEXT_CAP);
  let out = anonymize(text, secretDetector.detect(text), { type: "replace" });
  for (const { type, value } of found) if (value.length >= 4) out = out.split(JSON.stringify(value).slice(1, -1)).join(`<${type}>`);
  return out;
}

async function prepare(ctx: Context, fileId: string, units: readonly Unit[], previousCheckpoint: number, bytesRead: number): Promise<Batch> {
  const batch: Batch = { orgId: ctx.orgId, fileId, llm: [], cloud: [], findings: new Map(), rejections: [], units: units.length, previousCheckpoint, checkpoint: previousCheckpoint + units.length, bytesRead, detectedSource: null };
  for (const unit of units) {
    if (!unit.ok) {
      const raw = typeof unit.raw === "string" ? Buffer.from(unit.raw.slice(0, DEFAULT_LIMITS.quarantineBytes)) : unit.raw;
      batch.rejections.push({ lineNumber: unit.lineNumber, recordIndex: unit.recordIndex, reason: unit.reason, detail: unit.detail, raw: raw.subarray(0, DEFAULT_LIMITS.quarantineBytes) });
      continue;
    }
    batch.detectedSource ??= unit.source;
    if (unit.event.kind === "cloud") {
      batch.cloud.push({ event: unit.event, eventHash: unit.eventHash, source: unit.source, raw: safeRaw(unit.raw) } satisfies PreparedCloud);
      continue;
    }
    const event = unit.event;
    const appId = mapToApp(event, ctx.rules);
    const { settings } = await policyFor(ctx, appId);
    // DLP on what was sent and returned; only the redacted text is stored.
    const redact = (text: string | undefined): { text: string; found: Finding[]; source: string } | null => {
      if (!text) return null;
      const capped = text.slice(0, TEXT_CAP);
      const found = scanWithPolicy(capped, settings, ctx.custom.detector);
      return { text: anonymize(capped, found, { type: "replace" }), found, source: capped };
    };
    const prompt = redact(event.prompt);
    const completion = redact(event.completion);
    const index = batch.llm.length;
    // Usage/cost records carry their own cost; calls are priced from the dated price table (org overrides first).
    const a = event.attributes;
    const costUsd = event.costUsd ?? costOf(priceFor(ctx.prices, a["gen_ai.provider.name"], [a["gen_ai.response.model"], a["gen_ai.request.model"], event.identity.deployment], new Date(event.time)), a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]);
    const foundValues = [prompt, completion].flatMap((part) => (part?.found ?? []).map((f) => ({ type: f.type, value: part!.source.slice(f.start, f.end) })));
    batch.llm.push({ event, eventHash: unit.eventHash, source: unit.source, appId, prompt: prompt?.text ?? null, completion: completion?.text ?? null, findingCount: foundValues.length, raw: safeRaw(unit.raw, foundValues), costUsd } satisfies PreparedLlm);
    const scoped = [prompt, completion].flatMap((part) =>
      (part?.found ?? []).map((f) => ({
        ...f,
        valueHash: ctx.fingerprint(part!.source.slice(f.start, f.end)),
        severity: severityOf(f, f.detector === "custom" ? ctx.custom.severityOf(f.type) : undefined),
        title: `${f.type} in ${event.attributes["gen_ai.provider.name"]} ${event.attributes["gen_ai.operation.name"]} traffic`,
      })),
    );
    if (scoped.length) batch.findings.set(index, scoped);
  }
  return batch;
}

export async function processIngestFile({ orgId, fileId }: { orgId: string; fileId: string }) {
  const file = await db.ingestFile.findFirst({ where: { id: fileId, orgId }, select: { status: true, source: true, storageKey: true, checkpoint: true } });
  if (!file || file.status === "DONE" || file.status === "FAILED") return { skipped: true as const };
  await db.ingestFile.updateMany({ where: { id: fileId, orgId, status: "STORED" }, data: { status: "PROCESSING", startedAt: new Date() } });
  const ctx = await loadContext(orgId);
  let bytesRead = 0;
  const counted = (async function* () {
    for await (const chunk of fileStore().read(file.storageKey) as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      yield chunk;
    }
  })();
  let position = 0;
  let checkpoint = file.checkpoint;
  let pending: Unit[] = [];
  const flush = async () => {
    const batch = await prepare(ctx, fileId, pending, checkpoint, bytesRead);
    await db.$transaction((tx) => writeBatch(tx, batch), { timeout: 60_000 });
    checkpoint = batch.checkpoint;
    pending = [];
  };
  try {
    for await (const unit of fileUnits(counted, { parsers: INGEST_PARSERS, source: file.source as SourceType | "auto", limits: DEFAULT_LIMITS })) {
      if (++position <= checkpoint) continue; // done before a crash
      pending.push(unit);
      if (pending.length >= INGEST_BATCH_SIZE) await flush();
    }
    if (pending.length) await flush();
  } catch (error) {
    if (error instanceof CheckpointMoved) {
      logger.warn({ fileId }, "ingest-file: another run owns this file; stopping");
      return { skipped: true as const };
    }
    throw error;
  }
  await db.ingestFile.updateMany({ where: { id: fileId, orgId, status: "PROCESSING" }, data: { status: "DONE", finishedAt: new Date(), bytesRead: BigInt(bytesRead) } });
  return { skipped: false as const, units: position };
}

/** After the last retry: the ledger so far stays; the file is marked failed with a reason people can act on. */
export async function failIngestFile({ orgId, fileId, message }: { orgId: string; fileId: string; message: string }) {
  await db.ingestFile.updateMany({ where: { id: fileId, orgId, status: { in: ["STORED", "PROCESSING"] } }, data: { status: "FAILED", error: message.slice(0, 500), finishedAt: new Date() } });
}
