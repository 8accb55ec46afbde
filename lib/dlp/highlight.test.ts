import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments, type TextSegment } from "./highlight";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const marked = (segments: TextSegment[]) => segments.filter((s) => s.spans.length > 0).map((s) => s.text);

describe("highlightSegments", () => {
  it("returns the whole text as one plain segment without spans, and nothing for an empty text", () => {
    expect(highlightSegments("hello", [])).toEqual([{ text: "hello", start: 0, end: 5, spans: [] }]);
    expect(highlightSegments("", [{ start: 0, end: 3 }])).toEqual([]);
  });

  it("cuts plain and marked runs in order, whatever order the spans come in", () => {
    const text = "mail a@b.io or key AKIA1234";
    const segments = highlightSegments(text, [{ start: 19, end: 27 }, { start: 5, end: 11 }]);
    expect(segments.map((s) => [s.text, s.spans])).toEqual([
      ["mail ", []], ["a@b.io", [1]], [" or key ", []], ["AKIA1234", [0]],
    ]);
  });

  it("merges overlapping and nested spans into one mark that names every span", () => {
    const segments = highlightSegments("0123456789", [{ start: 2, end: 6 }, { start: 4, end: 8 }, { start: 5, end: 6 }]);
    expect(segments.map((s) => [s.text, s.spans])).toEqual([["01", []], ["234567", [0, 1, 2]], ["89", []]]);
  });

  it("keeps touching spans as separate marks", () => {
    expect(marked(highlightSegments("abcdef", [{ start: 0, end: 2 }, { start: 2, end: 4 }]))).toEqual(["ab", "cd"]);
  });

  it("clamps out-of-range spans and ignores empty, reversed and non-numeric ones", () => {
    const text = "abcdef";
    const segments = highlightSegments(text, [
      { start: -5, end: 2 }, { start: 4, end: 99 }, { start: 3, end: 3 }, { start: 5, end: 1 }, { start: Number.NaN, end: 4 }, { start: 10, end: 20 },
    ]);
    expect(segments.map((s) => [s.text, s.spans])).toEqual([["ab", [0]], ["cd", []], ["ef", [1]]]);
  });

  it("never splits an astral character: offsets inside a surrogate pair move outward", () => {
    const text = "a😀b🔑c"; // 😀 at 1..3, 🔑 at 4..6
    expect(marked(highlightSegments(text, [{ start: 2, end: 5 }]))).toEqual(["😀b🔑"]);
    expect(marked(highlightSegments(text, [{ start: 1, end: 3 }]))).toEqual(["😀"]);
    expect(marked(highlightSegments(text, [{ start: 2, end: 2 }]))).toEqual([]);
  });

  it("always covers the text exactly once, in order, without splitting surrogate pairs", () => {
    const astralText = fc.array(fc.constantFrom("a", "b", " ", "é", "😀", "🔑", "\n"), { maxLength: 40 }).map((parts) => parts.join(""));
    const span = fc.record({ start: fc.integer({ min: -5, max: 90 }), end: fc.integer({ min: -5, max: 90 }) });
    fc.assert(
      fc.property(astralText, fc.array(span, { maxLength: 8 }), (text, spans) => {
        const segments = highlightSegments(text, spans);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        let cursor = 0;
        for (const s of segments) {
          expect(s.start).toBe(cursor);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).not.toMatch(LONE_SURROGATE);
          cursor = s.end;
        }
      }),
    );
  });
});
