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

  it("joins chat content parts", () => {
    expect(contentText([{ type: "text", text: "a" }, { text: "b" }, { type: "image_url" }])).toBe("a\nb");
    expect(contentText("plain")).toBe("plain");
    expect(contentText(42)).toBeUndefined();
  });
});
