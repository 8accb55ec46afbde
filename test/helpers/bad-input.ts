// The bad-input corpus of ingestion, generated: one file per kind of damage a log shipper or an attacker can send,
// each named after the reason code it must produce (or "mixed": the good records around it must be kept), plus
// random mutations of valid files (fast-check, fixed seed) for the fuzz proof.
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { faultCorpus } from "./fault-ingest";

export type BadInput = { name: string; body: Buffer };

const good = () => faultCorpus(6).body.toString("utf8").split("\n");

export function badInputCorpus(): BadInput[] {
  const lines = good();
  const withLine = (bad: string | Buffer) => Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from(bad), Buffer.from(`\n${lines[1]}\n`)]);
  const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
  return [
    { name: "malformed_json", body: withLine('{"eventName": "x",') },
    { name: "not_an_object", body: withLine("42") },
    { name: "invalid_utf8", body: withLine(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])) },
    { name: "unsupported_encoding", body: Buffer.from(`\ufeff${lines[0]}`, "utf16le") },
    { name: "line_too_long", body: withLine(`{"pad":"${"x".repeat(1_100_000)}"}`) },
    { name: "too_deep", body: withLine(`{"a":${nested(500)}}`) },
    { name: "forbidden_key", body: withLine('{"__proto__": {"admin": true}, "eventName": "x"}') },
    { name: "gzip_corrupt", body: gzipSync(Buffer.from(lines.join("\n"))).subarray(0, 40) },
    // Ratio about 1000:1, over the 200:1 cap once past the first 8 MB.
    { name: "gzip_bomb", body: gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20)) },
    { name: "empty_file", body: Buffer.alloc(0) },
    { name: "unknown_format", body: withLine('{"hello": "world"}') },
    { name: "nul_bytes", body: withLine(`{"eventName": "a\u0000b"}`) },
    { name: "crlf_and_blank_lines", body: Buffer.from(`${lines[0]}\r\n\r\n\r\n${lines[1]}\r\n`) },
    { name: "binary_noise", body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)) },
  ];
}

type Mutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "replace-line"; at: number; json: unknown }
  | { kind: "gzip"; cut: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("replace-line" as const), at: fc.nat(), json: fc.jsonValue({ maxDepth: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("gzip" as const), cut: fc.nat() }) },
);

function apply(body: Buffer, m: Mutation): Buffer {
  const at = body.length ? m.kind === "gzip" ? 0 : (m as { at: number }).at % body.length : 0;
  switch (m.kind) {
    case "flip": return Buffer.concat([body.subarray(0, at), Buffer.from([m.byte]), body.subarray(at + 1)]);
    case "truncate": return body.subarray(0, at);
    case "insert": return Buffer.concat([body.subarray(0, at), Buffer.from(m.bytes), body.subarray(at)]);
    case "delete": return Buffer.concat([body.subarray(0, at), body.subarray(at + m.length)]);
    case "duplicate-line":
    case "replace-line": {
      const lines = body.toString("latin1").split("\n");
      const i = m.at % Math.max(1, lines.length);
      if (m.kind === "duplicate-line") lines.splice(i, 0, lines[i] ?? "");
      else lines[i] = JSON.stringify(m.json);
      return Buffer.from(lines.join("\n"), "latin1");
    }
    case "gzip": {
      const zipped = gzipSync(body);
      // Half the time whole, else cut short somewhere (a truncated upload).
      return m.cut % 2 === 0 ? zipped : zipped.subarray(0, 10 + (m.cut % Math.max(1, zipped.length - 10)));
    }
  }
}

/** `count` valid files (LLM calls and CloudTrail records) with 1 to 5 random mutations each; the same for a seed. */
export function mutatedFiles(count: number, seed: number): Buffer[] {
  const plans = fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), { numRuns: count, seed });
  return plans.map((plan) => plan.reduce(apply, faultCorpus(12).body));
}
