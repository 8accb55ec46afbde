import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isoTime, str } from "../parsers/fields";
import { DEFAULT_LIMITS } from "../read/limits";
import type { JsonObject, SourceParser } from "../types";
import { fileUnitBatches, type Unit } from "./units";

// Two toy sources standing in for the real parsers.
const trail: SourceParser = {
  source: "aws-cloudtrail", label: "trail",
  split: (v) => (Array.isArray(v.Records) ? (v.Records as JsonObject[]) : null),
  matches: (r) => typeof r.eventName === "string",
  parse: (r) => {
    const time = isoTime(r.eventTime);
    return time ? { event: { kind: "cloud", time, provider: "aws", service: "s3", action: str(r, "eventName")!, outcome: "success" } } : { reason: "missing_field", detail: "eventTime" };
  },
};
const audit: SourceParser = {
  source: "openai-audit", label: "audit",
  matches: (r) => typeof r.type === "string" && "effective_at" in r,
  parse: (r) => ({ event: { kind: "cloud", time: isoTime(r.effective_at)!, provider: "openai", service: "api_key", action: str(r, "type")!, outcome: "success" } }),
};
const parsers = [trail, audit];

async function* bytes(text: string | Buffer, size = 5) {
  const b = typeof text === "string" ? Buffer.from(text) : text;
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}
const units = async (input: string | Buffer, source: "auto" | "aws-cloudtrail" = "auto", limits = DEFAULT_LIMITS) => {
  const out: Unit[] = [];
  for await (const units of fileUnitBatches(bytes(input), { parsers, source, limits })) out.push(...units);
  return out;
};
const summary = (us: Unit[]) => us.map((u) => (u.ok ? `${u.lineNumber}.${u.recordIndex}:${u.source}` : `${u.lineNumber}.${u.recordIndex}:${u.reason}`));

const ev = (name: string) => JSON.stringify({ eventName: name, eventTime: "2025-01-02T03:04:05Z" });

describe("fileUnitBatches", () => {
  it("parses NDJSON, auto-detects each record, and gives every bad line its reason while keeping the good ones", async () => {
    const text = [ev("A"), "{bad json", '{"type":"api_key.created","effective_at":1700000000}', "", "42", '{"eventName":"B"}', '{"x":{"__proto__":{}}}', ev("C")].join("\n");
    expect(summary(await units(text))).toEqual([
      "1.0:aws-cloudtrail", "2.0:malformed_json", "3.0:openai-audit", "5.0:not_an_object", "6.0:missing_field", "7.0:forbidden_key", "8.0:aws-cloudtrail",
    ]);
  });

  it("splits containers and unwraps the Panther envelope; a named source refuses other formats", async () => {
    const text = [JSON.stringify({ Records: [JSON.parse(ev("A")), JSON.parse(ev("B"))] }), JSON.stringify({ log_type: "AWS.CloudTrail", log: JSON.parse(ev("C")), labels: [] }), '{"type":"x","effective_at":1}'].join("\n");
    expect(summary(await units(text, "aws-cloudtrail"))).toEqual(["1.0:aws-cloudtrail", "1.1:aws-cloudtrail", "2.0:aws-cloudtrail", "3.0:wrong_format"]);
  });

  it("reads a pretty-printed JSON document or a JSON array as one document", async () => {
    const doc = JSON.stringify({ Records: [JSON.parse(ev("A")), JSON.parse(ev("B"))] }, null, 2);
    expect(summary(await units(doc))).toEqual(["1.0:aws-cloudtrail", "1.1:aws-cloudtrail"]);
    expect(summary(await units(`[${ev("A")},${ev("B")}, 7]`))).toEqual(["1.0:aws-cloudtrail", "2.0:aws-cloudtrail", "3.0:not_an_object"]);
  });

  it("hashes the same record the same way, whatever line it is on", async () => {
    const [a, b] = await units(`${ev("A")}\n${ev("A")}\n`);
    expect(a!.ok && b!.ok && a!.eventHash === b!.eventHash).toBe(true);
  });

  it("gunzips, and refuses empty files, UTF-16, invalid UTF-8, long lines and corrupt gzip tails", async () => {
    expect(summary(await units(gzipSync(Buffer.from(`${ev("A")}\n`))))).toEqual(["1.0:aws-cloudtrail"]);
    expect(summary(await units(""))).toEqual(["0.0:empty_file"]);
    expect(summary(await units(Buffer.from(ev("A"), "utf16le")))).toEqual(["0.0:unsupported_encoding"]);
    expect(summary(await units(Buffer.concat([Buffer.from(`${ev("A")}\n{"eventName":"`), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')])))).toEqual(["1.0:aws-cloudtrail", "2.0:invalid_utf8"]);
    expect(summary(await units(`${ev("A")}\n{"eventName":"${"x".repeat(200)}"}\n${ev("B")}`, "auto", { ...DEFAULT_LIMITS, maxLineBytes: 100 }))).toEqual(["1.0:aws-cloudtrail", "2.0:line_too_long", "3.0:aws-cloudtrail"]);
    const gz = gzipSync(Buffer.from(Array.from({ length: 2000 }, (_, i) => ev(`E${i}`)).join("\n")));
    const truncated = await units(gz.subarray(0, Math.floor(gz.length / 2)));
    expect(truncated.at(-1)).toMatchObject({ ok: false, reason: "gzip_corrupt" });
    expect(truncated.slice(0, -1).every((u) => u.ok)).toBe(true);
  });

  it("auto-detects interleaved sources asking each record's parsers few times, and still refuses unknown records", async () => {
    let asked = 0;
    const counted = [...Array.from({ length: 6 }, (_, i): SourceParser => ({ ...audit, source: "github-audit", matches: (r) => (asked++, r.decoy === i) })), trail, audit].map((p) =>
      p.source === "github-audit" ? p : { ...p, matches: (r: JsonObject) => (asked++, p.matches(r)) });
    const audit1 = '{"type":"api_key.created","effective_at":1700000000}';
    const lines = Array.from({ length: 30 }, (_, i) => (i % 2 ? audit1 : ev(`E${i}`)));
    const out: Unit[] = [];
    for await (const units of fileUnitBatches(bytes([...lines, '{"other":1}'].join("\n")), { parsers: counted, source: "auto", limits: DEFAULT_LIMITS })) out.push(...units);
    expect(summary(out)).toEqual([...lines.map((_, i) => `${i + 1}.0:${i % 2 ? "openai-audit" : "aws-cloudtrail"}`), "31.0:unknown_format"]);
    expect(asked).toBeLessThan(30 * 3 + 8); // after the first two records: the two recent parsers, not all eight in order
  });
});
