// A decoder for OTLP ExportTraceServiceRequest protobuf bodies (opentelemetry/proto/collector/trace/v1), written
// against the published field numbers so no generated code or .proto files are needed. It produces the OTLP/JSON
// shape (hex trace/span ids, int64 as decimal strings, enums as numbers) that the otlp ingest parser reads.
// Pure, bounded (nesting depth, every length checked against the buffer) and throwing ProtobufError on bad input.
import type { JsonObject, JsonValue } from "@/lib/ingest/types";

export class ProtobufError extends Error {}

const MAX_DEPTH = 32;

class Reader {
  pos: number;
  constructor(readonly buf: Uint8Array, start = 0, readonly end = buf.length) {
    this.pos = start;
  }
  done = () => this.pos >= this.end;
  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) throw new ProtobufError("truncated varint");
      const byte = this.buf[this.pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asUintN(64, result);
    }
    throw new ProtobufError("varint too long");
  }
  small = () => Number(BigInt.asUintN(32, this.varint()));
  fixed(bytes: 4 | 8): DataView {
    if (this.pos + bytes > this.end) throw new ProtobufError("truncated fixed field");
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, bytes);
    this.pos += bytes;
    return view;
  }
  sub(): Reader {
    const length = this.small();
    if (length > this.end - this.pos) throw new ProtobufError("length past the end of the message");
    const reader = new Reader(this.buf, this.pos, this.pos + length);
    this.pos += length;
    return reader;
  }
  bytes(): Uint8Array {
    const r = this.sub();
    return this.buf.subarray(r.pos, r.end);
  }
  string = () => new TextDecoder("utf-8", { fatal: false }).decode(this.bytes());
  skip(wireType: number) {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.fixed(8);
    else if (wireType === 2) this.sub();
    else if (wireType === 5) this.fixed(4);
    else throw new ProtobufError(`unsupported wire type ${wireType}`);
  }
}

type FieldHandler = (r: Reader, wireType: number) => void;

/** Reads a message, calling the handler of each known field number; unknown fields are skipped (forward compatible). */
function fields(r: Reader, handlers: Record<number, FieldHandler>) {
  while (!r.done()) {
    const tag = r.varint();
    const field = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    const handler = handlers[field];
    if (handler) handler(r, wireType);
    else r.skip(wireType);
  }
}

const expect = (wireType: number, want: number) => {
  if (wireType !== want) throw new ProtobufError(`wire type ${wireType} where ${want} was expected`);
};
const len = (read: (sub: Reader) => void): FieldHandler => (r, w) => (expect(w, 2), read(r.sub()));
const str = (set: (v: string) => void): FieldHandler => (r, w) => (expect(w, 2), set(r.string()));
const hex = (set: (v: string) => void): FieldHandler => (r, w) => (expect(w, 2), set(Buffer.from(r.bytes()).toString("hex")));
const uint = (set: (v: number) => void): FieldHandler => (r, w) => (expect(w, 0), set(r.small()));
const fixed64 = (set: (v: string) => void): FieldHandler => (r, w) => (expect(w, 1), set(r.fixed(8).getBigUint64(0, true).toString()));

function anyValue(r: Reader, depth: number): JsonObject {
  if (depth > MAX_DEPTH) throw new ProtobufError("attribute values nested too deeply");
  const out: JsonObject = {};
  fields(r, {
    1: str((v) => (out.stringValue = v)),
    2: uint((v) => (out.boolValue = v !== 0)),
    3: (x, w) => (expect(w, 0), (out.intValue = BigInt.asIntN(64, x.varint()).toString())),
    4: (x, w) => (expect(w, 1), (out.doubleValue = x.fixed(8).getFloat64(0, true))),
    5: len((x) => {
      const values: JsonValue[] = [];
      fields(x, { 1: len((v) => values.push(anyValue(v, depth + 1))) });
      out.arrayValue = { values };
    }),
    6: len((x) => (out.kvlistValue = { values: keyValues(x, depth + 1, 1) })),
    7: (x, w) => (expect(w, 2), (out.bytesValue = Buffer.from(x.bytes()).toString("base64"))),
  });
  return out;
}

/** The repeated KeyValue field `field` of a message whose other fields are ignored. */
function keyValues(r: Reader, depth: number, field: number, others: Record<number, FieldHandler> = {}): JsonValue[] {
  const list: JsonValue[] = [];
  fields(r, {
    ...others,
    [field]: len((x) => {
      const kv: JsonObject = { key: "" };
      fields(x, { 1: str((v) => (kv.key = v)), 2: len((v) => (kv.value = anyValue(v, depth + 1))) });
      list.push(kv);
    }),
  });
  return list;
}

function event(r: Reader): JsonObject {
  const out: JsonObject = {};
  out.attributes = keyValues(r, 0, 3, { 1: fixed64((v) => (out.timeUnixNano = v)), 2: str((v) => (out.name = v)), 4: uint((v) => (out.droppedAttributesCount = v)) });
  return out;
}

function span(r: Reader): JsonObject {
  const out: JsonObject = {};
  const events: JsonValue[] = [];
  out.attributes = keyValues(r, 0, 9, {
    1: hex((v) => (out.traceId = v)),
    2: hex((v) => (out.spanId = v)),
    3: str((v) => (out.traceState = v)),
    4: hex((v) => (out.parentSpanId = v)),
    5: str((v) => (out.name = v)),
    6: uint((v) => (out.kind = v)),
    7: fixed64((v) => (out.startTimeUnixNano = v)),
    8: fixed64((v) => (out.endTimeUnixNano = v)),
    10: uint((v) => (out.droppedAttributesCount = v)),
    11: len((x) => events.push(event(x))),
    15: len((x) => {
      const status: JsonObject = {};
      fields(x, { 2: str((v) => (status.message = v)), 3: uint((v) => (status.code = v)) });
      out.status = status;
    }),
    16: (x, w) => (expect(w, 5), (out.flags = x.fixed(4).getUint32(0, true))),
  });
  out.events = events;
  return out;
}

function scopeSpans(r: Reader): JsonObject {
  const out: JsonObject = {};
  const spans: JsonValue[] = [];
  fields(r, {
    1: len((x) => {
      const scope: JsonObject = {};
      scope.attributes = keyValues(x, 0, 3, { 1: str((v) => (scope.name = v)), 2: str((v) => (scope.version = v)) });
      out.scope = scope;
    }),
    2: len((x) => spans.push(span(x))),
    3: str((v) => (out.schemaUrl = v)),
  });
  out.spans = spans;
  return out;
}

function resourceSpans(r: Reader): JsonObject {
  const out: JsonObject = { resource: { attributes: [] } };
  const scopes: JsonValue[] = [];
  fields(r, {
    1: len((x) => (out.resource = { attributes: keyValues(x, 0, 1) })),
    2: len((x) => scopes.push(scopeSpans(x))),
    3: str((v) => (out.schemaUrl = v)),
  });
  out.scopeSpans = scopes;
  return out;
}

/** ExportTraceServiceRequest bytes → {resourceSpans:[…]} in OTLP/JSON form. */
export function decodeExportTraceRequest(bytes: Uint8Array): { resourceSpans: JsonObject[] } {
  const resourceSpansList: JsonObject[] = [];
  fields(new Reader(bytes), { 1: len((x) => resourceSpansList.push(resourceSpans(x))) });
  return { resourceSpans: resourceSpansList };
}

/** ExportTraceServiceResponse bytes: partial_success (1) { rejected_spans (1, int64), error_message (2) }, or empty. */
export function encodeExportTraceResponse(partial: { rejectedSpans: number; errorMessage: string } | null): Uint8Array<ArrayBuffer> {
  if (!partial) return new Uint8Array(0);
  const varint = (n: bigint) => {
    const out: number[] = [];
    let v = BigInt.asUintN(64, n);
    do {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      out.push(v > 0n ? byte | 0x80 : byte);
    } while (v > 0n);
    return out;
  };
  const message = Buffer.from(partial.errorMessage, "utf8");
  const inner = [...(partial.rejectedSpans ? [0x08, ...varint(BigInt(partial.rejectedSpans))] : []), ...(message.length ? [0x12, ...varint(BigInt(message.length)), ...message] : [])];
  return Uint8Array.from([0x0a, ...varint(BigInt(inner.length)), ...inner]);
}
