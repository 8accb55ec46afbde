// A file's bytes → a stream of units: each input record (an NDJSON line, an element of a container record, or of
// a whole-file JSON document) with its parse outcome. Every unit is exactly one of stored/duplicate/rejected
// later, which is what keeps the ledger balanced. No I/O here: the caller supplies the bytes.
import { hash } from "node:crypto";
import { decompressed, FileRejected } from "../read/decompress";
import type { ReadLimits } from "../read/limits";
import { looksLikeUtf16, splitLineBatches } from "../read/lines";
import { decodeText, parseRecord, unwrapEnvelope } from "../read/records";
import type { JsonObject, NormalizedEvent, RejectReason, SourceParser, SourceType } from "../types";

export type Unit = {
  lineNumber: number;
  recordIndex: number;
  raw: string | Buffer;
} & ({ ok: true; source: SourceType; event: NormalizedEvent; eventHash: string } | { ok: false; reason: RejectReason; detail?: string });

export type UnitOptions = { parsers: readonly SourceParser[]; source: SourceType | "auto"; limits: ReadLimits };

// A detail quoting the input (JSON.parse's message does) may carry U+0000, which Postgres text refuses: spelled out.
const reject = (lineNumber: number, raw: string | Buffer, reason: RejectReason, detail?: string, recordIndex = 0): Unit =>
  ({ lineNumber, recordIndex, raw, ok: false, reason, detail: detail?.replaceAll("\u0000", "\\u0000") });

// Auto-detection remembers this many recently matched parsers: a file mixing a few sources tries those first.
const RECENT_PARSERS = 4;

/** Resolves records to parsers: the named one, or auto-detection that tries recent matches first (most recent first). */
export function createResolver(parsers: readonly SourceParser[], source: SourceType | "auto") {
  const named = source === "auto" ? null : (parsers.find((p) => p.source === source) ?? null);
  if (source === "auto") parsers = parsers.filter((p) => p.autoDetect !== false);
  const recent: SourceParser[] = [];
  const remember = (p: SourceParser, at: number) => {
    if (at === 0) return;
    if (at > 0) recent.splice(at, 1);
    recent.unshift(p);
    if (recent.length > RECENT_PARSERS) recent.pop();
  };
  return {
    split(record: JsonObject): JsonObject[] | null {
      if (named) return named.split?.(record) ?? null;
      for (const p of recent.length ? [...recent, ...parsers] : parsers) {
        const parts = p.split?.(record);
        if (parts) return parts;
      }
      return null;
    },
    parserFor(record: JsonObject): SourceParser | RejectReason {
      if (named) return named.matches(record) ? named : "wrong_format";
      for (let i = 0; i < recent.length; i++) {
        const p = recent[i]!;
        if (!p.matches(record)) continue;
        remember(p, i);
        return p;
      }
      const found = parsers.find((p) => !recent.includes(p) && p.matches(record));
      if (!found) return "unknown_format";
      remember(found, -1);
      return found;
    },
  };
}

function* recordUnits(lineNumber: number, raw: string, record: JsonObject, resolver: ReturnType<typeof createResolver>): Generator<Unit> {
  const inner = unwrapEnvelope(record);
  const parts = resolver.split(inner) ?? [inner];
  if (parts.length === 0) return;
  for (const [recordIndex, part] of parts.entries()) {
    const partRaw = parts.length === 1 ? raw : JSON.stringify(part);
    const parser = resolver.parserFor(part);
    if (typeof parser === "string") {
      yield reject(lineNumber, partRaw, parser, undefined, recordIndex);
      continue;
    }
    const outcome = parser.parse(part);
    if ("reason" in outcome) {
      yield reject(lineNumber, partRaw, outcome.reason, outcome.detail, recordIndex);
      continue;
    }
    const eventHash = hash("sha256", `${parser.source}\n${JSON.stringify(part)}`); // one-shot: same digest as update() in parts
    yield { lineNumber, recordIndex, raw: partRaw, ok: true, source: parser.source, event: outcome.event, eventHash };
  }
}

const isBlank = (b: Buffer) => {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0x20 && b[i] !== 0x09 && b[i] !== 0x0d) return false;
  return true;
};

const firstByteIsBracket = (head: Buffer) => {
  for (const b of head) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b || b === 0x5b; // { or [
  }
  return false;
};

/**
 * Units of a file in order, the units of each chunk of input together (one await per chunk, not per record).
 * NDJSON streams line by line (memory bounded by the line cap); a file whose first line is not complete JSON but
 * that starts with { or [ is read as one JSON document up to maxDocumentBytes.
 */
export async function* fileUnitBatches(bytes: AsyncIterable<Buffer>, { parsers, source, limits }: UnitOptions): AsyncGenerator<Unit[]> {
  const resolver = createResolver(parsers, source);
  const plain = decompressed(bytes, limits)[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let size = 0;
  let seen = 0;
  try {
    // Look at the start before choosing NDJSON or document mode.
    let exhausted = false;
    while (size < 65_536) {
      const next = await plain.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      buffered.push(next.value);
      size += next.value.length;
    }
    const head = Buffer.concat(buffered);
    // Empty only when nothing but whitespace came to the end: 64 KiB of blank lines may still precede records (or a
    // gzip bomb of spaces, which the ratio cap then stops).
    if (exhausted && (head.length === 0 || head.toString("utf8").trim() === "")) {
      yield [reject(0, "", "empty_file")];
      return;
    }
    if (looksLikeUtf16(head)) {
      yield [reject(0, head.subarray(0, limits.quarantineBytes), "unsupported_encoding", "UTF-16/32 text; send UTF-8")];
      return;
    }
    const rest = { [Symbol.asyncIterator]: () => plain };
    const all = (async function* () {
      yield head;
      yield* rest;
    })();
    const firstNewline = head.indexOf(0x0a);
    const firstLine = head.subarray(0, firstNewline === -1 ? head.length : firstNewline).toString("utf8");
    const first = parseRecord(firstLine, limits.maxDepth);
    // A JSON array, or a pretty-printed document whose first line is not JSON by itself.
    const documentMode = firstByteIsBracket(head) && !first.ok && (first.reason === "not_an_object" || (first.reason === "malformed_json" && (firstNewline !== -1 || size >= 65_536)));
    if (documentMode) {
      for await (const unit of documentUnits(all, resolver, limits)) yield [unit];
      return;
    }
    for await (const lines of splitLineBatches(all, limits)) {
      const units: Unit[] = [];
      for (const line of lines) {
        seen = line.lineNumber;
        if (line.tooLong) {
          units.push(reject(line.lineNumber, line.bytes, "line_too_long", `over ${limits.maxLineBytes} bytes`));
          continue;
        }
        if (isBlank(line.bytes)) continue; // blank lines are not records
        const text = decodeText(line.bytes);
        if (text === null) {
          units.push(reject(line.lineNumber, line.bytes.subarray(0, limits.quarantineBytes), "invalid_utf8"));
          continue;
        }
        const decoded = parseRecord(text, limits.maxDepth);
        if (!decoded.ok) {
          units.push(reject(line.lineNumber, text.slice(0, limits.quarantineBytes), decoded.reason, decoded.detail));
          continue;
        }
        for (const unit of recordUnits(line.lineNumber, text, decoded.record, resolver)) units.push(unit);
      }
      if (units.length > 0) yield units;
    }
  } catch (error) {
    if (error instanceof FileRejected) {
      yield [reject(seen + 1, "", error.reason, error.message)]; // the unreadable rest of the file is one rejected unit
      return;
    }
    throw error;
  } finally {
    await plain.return?.(undefined); // stops the gunzip of a file left early
  }
}

async function* documentUnits(all: AsyncIterable<Buffer>, resolver: ReturnType<typeof createResolver>, limits: ReadLimits): AsyncGenerator<Unit> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of all) {
    size += chunk.length;
    if (size > limits.maxDocumentBytes) {
      yield reject(1, Buffer.concat(parts).subarray(0, limits.quarantineBytes), "line_too_long", `a single JSON document over ${limits.maxDocumentBytes} bytes; send NDJSON (one record per line)`);
      return;
    }
    parts.push(chunk);
  }
  const buffer = Buffer.concat(parts);
  const text = decodeText(buffer);
  if (text === null) {
    yield reject(1, buffer.subarray(0, limits.quarantineBytes), "invalid_utf8");
    return;
  }
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      yield reject(1, text.slice(0, limits.quarantineBytes), error instanceof RangeError ? "too_deep" : "malformed_json");
      return;
    }
    // In a JSON array, the element's position (from 1) plays the role of the line number.
    for (const [i, element] of (Array.isArray(value) ? value : []).entries()) {
      const raw = JSON.stringify(element);
      const decoded = parseRecord(raw, limits.maxDepth);
      if (!decoded.ok) yield reject(i + 1, raw.slice(0, limits.quarantineBytes), decoded.reason, decoded.detail);
      else yield* recordUnits(i + 1, raw, decoded.record, resolver);
    }
    return;
  }
  const decoded = parseRecord(trimmed, limits.maxDepth);
  if (!decoded.ok) {
    yield reject(1, text.slice(0, limits.quarantineBytes), decoded.reason, decoded.detail);
    return;
  }
  yield* recordUnits(1, trimmed, decoded.record, resolver);
}
