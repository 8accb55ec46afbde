import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SseParser, serializeSse, type SseEvent } from "./sse";

const STREAM = [
  ": connected\r\n",
  "event: message_start\r\n",
  'data: {"type":"message_start"}\r\n',
  "\r\n",
  "id: 7\n",
  "data: first line\n",
  "data:second line\n",
  "data:  two spaces\n",
  "retry: 1000\n",
  "\n",
  ": ping\n",
  "\n",
  "event: done\r",
  "data\r",
  "\r",
  "data: [DONE]\n\n",
].join("");
const EXPECTED: SseEvent[] = [
  { event: "message_start", data: '{"type":"message_start"}' },
  { id: "7", data: "first line\nsecond line\n two spaces" },
  { event: "done", data: "" },
  { data: "[DONE]" },
];

function parseChunks(chunks: readonly string[]): SseEvent[] {
  const parser = new SseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

describe("SseParser", () => {
  it("parses line endings, multi-line data, ids, comments and empty data fields", () => {
    expect(parseChunks([STREAM])).toEqual(EXPECTED);
  });

  it("gives the same events however the text is split: at every offset, in two and in three pieces", () => {
    for (let i = 0; i <= STREAM.length; i++) {
      expect(parseChunks([STREAM.slice(0, i), STREAM.slice(i)])).toEqual(EXPECTED);
      const j = Math.min(STREAM.length, i + 7);
      expect(parseChunks([STREAM.slice(0, i), STREAM.slice(i, j), STREAM.slice(j)])).toEqual(EXPECTED);
    }
    expect(parseChunks([...STREAM])).toEqual(EXPECTED);
  });

  it("waits for the blank line before dispatching, and returns events as soon as it comes", () => {
    const parser = new SseParser();
    expect(parser.push("data: a\n")).toEqual([]);
    expect(parser.push("\n")).toEqual([{ data: "a" }]);
  });

  it("does not split a CRLF that straddles two pieces into two line ends", () => {
    const parser = new SseParser();
    expect(parser.push("data: a\r")).toEqual([]);
    expect(parser.push("\ndata: b\r")).toEqual([]);
    expect(parser.push("\n\r\n")).toEqual([{ data: "a\nb" }]);
  });

  it("flushes an unterminated last event at end, and skips a leading BOM", () => {
    const parser = new SseParser();
    expect(parser.push("\uFEFFdata: x\n\ndata: [DONE]")).toEqual([{ data: "x" }]);
    expect(parser.end()).toEqual([{ data: "[DONE]" }]);
  });

  it("ignores blocks without data and field lines it does not know", () => {
    expect(parseChunks(["event: lonely\n\nfoo: bar\nid: 3\n\n"])).toEqual([]);
  });

  it("stays linear on a long line fed one character at a time", () => {
    const parser = new SseParser();
    const started = performance.now();
    parser.push("data: ");
    for (let i = 0; i < 200_000; i++) parser.push("x");
    expect(parser.push("\n\n")[0]?.data.length).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 20 }), (chunks) => {
        parseChunks(chunks);
      }),
    );
  });
});

describe("serializeSse", () => {
  it("writes event, id and one data line per line of the data", () => {
    expect(serializeSse({ event: "x", data: "a\nb" })).toBe("event: x\ndata: a\ndata: b\n\n");
    expect(serializeSse({ data: "[DONE]", id: "1" })).toBe("id: 1\ndata: [DONE]\n\n");
    expect(serializeSse({ event: "bad\nname", data: "" })).toBe("event: bad name\ndata: \n\n");
  });

  it("round-trips through the parser", () => {
    const field = fc.string({ maxLength: 20 }).filter((s) => !/[\r\n\0]/.test(s));
    const sseEvent = fc.record({ event: fc.option(field.filter((s) => s.length > 0), { nil: undefined }), id: fc.option(field, { nil: undefined }), data: fc.string({ maxLength: 60 }) });
    fc.assert(
      fc.property(fc.array(sseEvent, { maxLength: 5 }), (events) => {
        const expected = events.map((e) => ({ ...e, data: e.data.replace(/\r\n?/g, "\n") })).map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));
        expect(parseChunks([events.map(serializeSse).join("")])).toEqual(expected);
      }),
    );
  });
});
