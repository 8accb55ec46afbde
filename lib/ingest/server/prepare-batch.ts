// Units → a batch ready to write: app mapping, DLP on prompt and completion (only redacted text is kept), a safe
// copy of the raw record, pricing, and the findings to record for events that turn out to be new.
import { anonymize } from "@/lib/dlp/operators";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import { severityOf } from "@/lib/dlp/policy/severity";
import { loadCustomRules, loadEffectivePolicy, type EffectivePolicy } from "@/lib/dlp/server/policy-store";
import type { Finding } from "@/lib/dlp/types";
import { costOf, priceFor } from "@/lib/pricing/price";
import { loadPrices } from "@/lib/pricing/server/load-prices";
import type { PriceRow } from "@/lib/pricing/types";
import { secretFingerprinter } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { mapToApp, type MappingRule } from "../mapping";
import type { Unit } from "../pipeline/units";
import { DEFAULT_LIMITS } from "../read/limits";
import type { PreparedCloud, PreparedLlm } from "./event-rows";
import { ioPauses } from "./io-pauses";
import { safeRaw, TEXT_CAP } from "./safe-raw";
import type { Batch } from "./write-batch";


export type IngestContext = Awaited<ReturnType<typeof loadContext>>;

export async function loadContext(orgId: string) {
  const [rules, custom, fingerprint, orgPolicy, prices] = await Promise.all([
    db.appMappingRule.findMany({ where: { orgId }, orderBy: [{ priority: "asc" }, { createdAt: "asc" }], select: { appId: true, field: true, matchType: true, value: true, priority: true } }),
    loadCustomRules(orgId),
    secretFingerprinter(orgId),
    loadEffectivePolicy(orgId),
    loadPrices(orgId),
  ]);
  const policies = new Map<string | null, EffectivePolicy>([[null, orgPolicy]]);
  return { orgId, rules: rules as MappingRule[], custom, fingerprint, policies, prices, priceCache: new Map<string, PriceRow | null>() };
}

// priceFor depends on the call's (UTC) day, not its time: one lookup per provider, model candidates and day.
const PRICE_CACHE_MAX = 10_000;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function priceOf(ctx: IngestContext, provider: string, models: readonly (string | undefined)[], time: string): PriceRow | null {
  // Event times are normalized ISO UTC ("2025-03-01T00:00:00.000Z"): the day is their first ten characters.
  const day = UTC_TIME.test(time) ? time.slice(0, 10) : utcDay(time);
  if (day === null) return null;
  const key = `${provider}\u0000${models.map((m) => m ?? "\u0001").join("\u0000")}\u0000${day}`;
  let price = ctx.priceCache.get(key);
  if (price === undefined) {
    const at = new Date(time);
    price = Number.isNaN(at.getTime()) ? null : priceFor(ctx.prices, provider, models, at);
    if (ctx.priceCache.size >= PRICE_CACHE_MAX) ctx.priceCache.clear();
    ctx.priceCache.set(key, price);
  }
  return price;
}
const utcDay = (time: string) => {
  const at = new Date(time);
  return Number.isNaN(at.getTime()) ? null : at.toISOString().slice(0, 10);
};

async function policyFor(ctx: IngestContext, appId: string | null) {
  let policy = ctx.policies.get(appId);
  if (!policy) {
    policy = await loadEffectivePolicy(ctx.orgId, appId);
    ctx.policies.set(appId, policy);
  }
  return policy;
}

export async function prepareBatch(ctx: IngestContext, fileId: string, units: readonly Unit[], previousCheckpoint: number, bytesRead: number): Promise<Batch> {
  const batch: Batch = { orgId: ctx.orgId, fileId, llm: [], cloud: [], findings: new Map(), rejections: [], units: units.length, previousCheckpoint, checkpoint: previousCheckpoint + units.length, bytesRead, detectedSource: null };
  const pauses = ioPauses(); // the previous batch's write goes on meanwhile
  for (const unit of units) {
    await pauses.after(1);
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
    const appId = event.appId ?? mapToApp(event, ctx.rules); // gateway calls name their app (the virtual key's)
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
    const costUsd = event.costUsd ?? costOf(priceOf(ctx, a["gen_ai.provider.name"], [a["gen_ai.response.model"], a["gen_ai.request.model"], event.identity.deployment], event.time), a["gen_ai.usage.input_tokens"], a["gen_ai.usage.output_tokens"]);
    const foundValues = [prompt, completion].flatMap((part) => (part?.found ?? []).map((f) => ({ type: f.type, value: part!.source.slice(f.start, f.end) })));
    // Gateway calls bring their own findings: what the gateway's inline DLP saw in the full text (the stored text,
    // if any, is already what the policy let through).
    const gateway = unit.source === "gateway";
    const findingCount = gateway ? (event.detections?.length ?? 0) : foundValues.length;
    batch.llm.push({ event, eventHash: unit.eventHash, source: unit.source, appId, prompt: prompt?.text ?? null, completion: completion?.text ?? null, findingCount, raw: safeRaw(unit.raw, foundValues), costUsd } satisfies PreparedLlm);
    if (gateway) {
      const detected = (event.detections ?? []).map(({ direction, action, valueHash, ...f }) => ({
        ...f, valueHash, severity: severityOf(f),
        title: `${f.type} ${action === "block" ? "blocked" : action === "redact" ? "redacted" : "seen"} by the AI gateway in ${event.attributes["gen_ai.provider.name"]} ${direction}`,
      }));
      if (detected.length) batch.findings.set(index, detected);
      continue;
    }
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
