// Metering outside the service: every proxied call becomes one gateway record, and records go through the ingestion
// pipeline like any log (persist first: a file in the file store and an ingest_files row, then the worker parses,
// prices, maps and writes llm_events by COPY). Records are batched per org for up to GATEWAY_METER_FLUSH_MS
// (default 1 s) or 500 records, off the request path. What is at risk on a crash of the web process: the records
// of the last flush interval (logged on shutdown if a flush fails).
import { Readable } from "node:stream";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import type { GatewayRecord } from "@/lib/ingest/parsers/gateway";
import { db } from "@/lib/server/db";
import { withOrgScope } from "@/lib/server/db-scope";
import { logger } from "@/lib/server/logger";

const FLUSH_MS = Number(process.env.GATEWAY_METER_FLUSH_MS ?? 1_000);
const BATCH_MAX = 500;
const BUFFER_MAX = 50_000; // per org; beyond it the oldest records are dropped (counted in the log)

type Pending = { records: GatewayRecord[]; keyIds: Set<string>; dropped: number };
type MeterState = { pending: Map<string, Pending>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };
const globalMeter = globalThis as unknown as { __gatewayMeter?: MeterState };
const state: MeterState = (globalMeter.__gatewayMeter ??= { pending: new Map(), timer: null, flushing: null });

export function meterCall(orgId: string, keyRowId: string, record: GatewayRecord) {
  let p = state.pending.get(orgId);
  if (!p) state.pending.set(orgId, (p = { records: [], keyIds: new Set(), dropped: 0 }));
  p.records.push(record);
  p.keyIds.add(keyRowId);
  if (p.records.length > BUFFER_MAX) {
    p.records.shift();
    p.dropped++;
  }
  if (p.records.length >= BATCH_MAX) void flushMeter();
  else state.timer ??= setTimeout(() => void flushMeter(), FLUSH_MS).unref();
}

async function flushOrg(orgId: string, p: Pending) {
  const records = p.records.splice(0, p.records.length);
  const keyIds = [...p.keyIds];
  p.keyIds.clear();
  if (records.length === 0) return;
  try {
    await withOrgScope(orgId, async () => {
      const ndjson = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
      await storeUpload({ orgId, source: "gateway", fileName: `gateway-${records[0]!.time}.jsonl`, body: Readable.from([Buffer.from(ndjson)]), via: "API" });
      await db.gatewayKey.updateMany({ where: { orgId, id: { in: keyIds } }, data: { lastUsedAt: new Date() } });
    });
  } catch (error) {
    p.records.unshift(...records); // kept for the next flush
    for (const id of keyIds) p.keyIds.add(id);
    logger.warn({ orgId, records: records.length, err: String(error) }, "gateway metering not stored yet; retrying");
  }
  if (p.dropped) {
    logger.error({ orgId, dropped: p.dropped }, "gateway metering buffer full: oldest records dropped");
    p.dropped = 0;
  }
}

/** Stores every pending record now (also called on shutdown). */
export function flushMeter(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  state.flushing = (state.flushing ?? Promise.resolve()).then(async () => {
    await Promise.all([...state.pending].map(([orgId, p]) => flushOrg(orgId, p)));
    if ([...state.pending.values()].some((p) => p.records.length)) state.timer ??= setTimeout(() => void flushMeter(), FLUSH_MS).unref();
  });
  return state.flushing;
}
