import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decompressed, FileRejected } from "./decompress";
import { DEFAULT_LIMITS } from "./limits";
import { looksLikeUtf16, splitLineBatches } from "./lines";
import { parseRecord, unwrapEnvelope } from "./records";

async function* chunks(buf: Buffer, size = 7) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}
const collect = async <T,>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("splitLineBatches", () => {
  it("splits across chunk boundaries, strips CR, numbers lines and keeps a last line without newline", async () => {
    const lines = (await collect(splitLineBatches(chunks(Buffer.from('{"a":1}\r\n\n{"b":2}\n{"c":3}')), DEFAULT_LIMITS))).flat();
    expect(lines.map((l) => [l.lineNumber, l.bytes.toString()])).toEqual([[1, '{"a":1}'], [2, ""], [3, '{"b":2}'], [4, '{"c":3}']]);
  });

  it("caps a long line, keeps its first bytes and goes on with the next", async () => {
    const limits = { maxLineBytes: 10, quarantineBytes: 4 };
    const lines = (await collect(splitLineBatches(chunks(Buffer.from(`${"x".repeat(50)}\nok\n`), 3), limits))).flat();
    expect(lines).toEqual([
      { lineNumber: 1, bytes: Buffer.from("xxxx"), tooLong: true },
      { lineNumber: 2, bytes: Buffer.from("ok"), tooLong: false },
    ]);
  });

  it("recognises UTF-16 by BOM or NUL pattern", () => {
    expect(looksLikeUtf16(Buffer.from("\ufeff{}", "utf16le"))).toBe(true);
    expect(looksLikeUtf16(Buffer.from('{"a":1}', "utf16le"))).toBe(true);
    expect(looksLikeUtf16(Buffer.from('{"a":1}'))).toBe(false);
  });
});

describe("decompressed", () => {
  it("passes plain bytes through and gunzips gzip by magic number", async () => {
    expect(Buffer.concat(await collect(decompressed(chunks(Buffer.from("plain")), DEFAULT_LIMITS))).toString()).toBe("plain");
    const gz = gzipSync(Buffer.from("line1\nline2\n"));
    expect(Buffer.concat(await collect(decompressed(chunks(gz), DEFAULT_LIMITS))).toString()).toBe("line1\nline2\n");
  });

  it("refuses truncated and fake gzip, and bombs by size or ratio", async () => {
    const gz = gzipSync(Buffer.from("x".repeat(10_000)));
    await expect(collect(decompressed(chunks(gz.subarray(0, gz.length - 12)), DEFAULT_LIMITS))).rejects.toMatchObject({ reason: "gzip_corrupt" });
    await expect(collect(decompressed(chunks(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])), DEFAULT_LIMITS))).rejects.toBeInstanceOf(FileRejected);
    const bomb = gzipSync(Buffer.alloc(5_000_000));
    await expect(collect(decompressed(chunks(bomb, 1024), { ...DEFAULT_LIMITS, maxDecompressedBytes: 1_000_000 }))).rejects.toMatchObject({ reason: "gzip_bomb" });
    await expect(collect(decompressed(chunks(bomb, 1024), { ...DEFAULT_LIMITS, ratioGraceBytes: 100_000, maxCompressionRatio: 50 }))).rejects.toMatchObject({ reason: "gzip_bomb" });
    // With the default limits and the whole bomb in one chunk the writer is waiting for 'drain' when the consumer
    // gives up: the refusal must still come out (it once hung forever).
    const big = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    await expect(collect(decompressed(chunks(big, 65_536), DEFAULT_LIMITS))).rejects.toMatchObject({ reason: "gzip_bomb" });
  });
});

describe("parseRecord", () => {
  it("accepts objects and names what is wrong with everything else", () => {
    expect(parseRecord('{"a":{"b":[1]}}', 64)).toEqual({ ok: true, record: { a: { b: [1] } } });
    expect(parseRecord("{nope", 64)).toMatchObject({ ok: false, reason: "malformed_json" });
    expect(parseRecord("[1,2]", 64)).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(parseRecord('"text"', 64)).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(parseRecord(`${"{\"a\":".repeat(70)}1${"}".repeat(70)}`, 64)).toMatchObject({ ok: false, reason: "too_deep" });
    expect(parseRecord(`${"[".repeat(200_000)}${"]".repeat(200_000)}`, 64)).toMatchObject({ ok: false });
    expect(parseRecord('{"x":{"__proto__":{"admin":true}}}', 64)).toMatchObject({ ok: false, reason: "forbidden_key" });
    // U+0000 cannot be stored in Postgres text: refused per record; an escaped backslash before "u0000" is fine.
    expect(parseRecord('{"a":"x\\u0000y"}', 64)).toMatchObject({ ok: false, reason: "invalid_value" });
    expect(parseRecord('{"a":"x\\\\\\u0000y"}', 64)).toMatchObject({ ok: false, reason: "invalid_value" });
    expect(parseRecord('{"a":"x\\\\u0000y"}', 64)).toMatchObject({ ok: true, record: { a: "x\\u0000y" } });
    expect(parseRecord('{"\\u005f_proto__":{}}', 64)).toMatchObject({ ok: false, reason: "forbidden_key" });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("unwraps the Panther and OpenAI-example envelopes", () => {
    expect(unwrapEnvelope({ log_type: "AWS.CloudTrail", log: { eventName: "X" }, labels: [] })).toEqual({ eventName: "X" });
    expect(unwrapEnvelope({ log: "text" })).toEqual({ log: "text" });
    expect(unwrapEnvelope({ endpoint: "GET /v1/organization/costs", example_title: "Default", response: { object: "page" } })).toEqual({ object: "page" });
  });
});
