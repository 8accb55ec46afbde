import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at, contentText, isoTime, num, str } from "./fields";

describe("field readers", () => {
  it("reads dotted paths and array indexes without throwing on wrong types", () => {
    const r = { a: { b: [{ c: "x" }] }, n: "12", proto: { ["__proto__"]: 1 } };
    expect(str(r, "a.b.0.c")).toBe("x");
    expect(at(r, "a.b.1.c")).toBeUndefined();
    expect(at(r, "a.b.c")).toBeUndefined();
    expect(num(r, "n")).toBe(12);
    expect(num(r, "a")).toBeUndefined();
    expect(at(r, "a.toString")).toBeUndefined();
  });

  it("normalizes the timestamp shapes of logs to ISO UTC", () => {
    expect(isoTime("2025-05-15 14:17:22.000000000")).toBe("2025-05-15T14:17:22.000Z");
    expect(isoTime("2024-04-08T12:23:02.4350000Z")).toBe("2024-04-08T12:23:02.435Z");
    expect(isoTime("2024-04-08T14:23:02+02:00")).toBe("2024-04-08T12:23:02.000Z");
    expect(isoTime(1_700_000_000)).toBe("2023-11-14T22:13:20.000Z");
    expect(isoTime(1_700_000_000_000)).toBe("2023-11-14T22:13:20.000Z");
    expect(isoTime("1700000000000000000")).toBe("2023-11-14T22:13:20.000Z");
    expect(isoTime("yesterday")).toBeUndefined();
    expect(isoTime("1970-01-01T00:00:00Z")).toBeUndefined();
  });

  it("reads canonical UTC timestamps exactly as Date.parse does, out-of-range fields and overflowing days included", () => {
    // For these two shapes the general path is Date.parse of the text, the 1990-2100 window and toISOString.
    const viaDateParse = (s: string) => {
      const ms = Date.parse(s);
      return Number.isFinite(ms) && ms >= Date.UTC(1990, 0, 1) && ms <= Date.UTC(2100, 0, 1) ? new Date(ms).toISOString() : undefined;
    };
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const text = fc.record({ y: fc.constantFrom("0095", "1989", "1990", "2000", "2024", "2025", "2100", "2101"), mo: two(13), d: two(32), h: two(24), mi: two(60), s: two(60), ms: fc.option(fc.integer({ min: 0, max: 999 })) })
      .map(({ y, mo, d, h, mi, s, ms }) => `${y}-${mo}-${d}T${h}:${mi}:${s}${ms === null ? "" : `.${String(ms).padStart(3, "0")}`}Z`);
    fc.assert(fc.property(text, (s) => {
      expect(isoTime(s)).toBe(viaDateParse(s));
    }), { numRuns: 3000 });
    expect(isoTime("2024-02-29T23:59:59Z")).toBe("2024-02-29T23:59:59.000Z");
    expect(isoTime("2025-02-29T00:00:00.000Z")).toBe("2025-03-01T00:00:00.000Z"); // as V8's Date.parse rolls it over
  });

  it("joins chat content parts", () => {
    expect(contentText([{ type: "text", text: "a" }, { text: "b" }, { type: "image_url" }])).toBe("a\nb");
    expect(contentText("plain")).toBe("plain");
    expect(contentText(42)).toBeUndefined();
  });
});
