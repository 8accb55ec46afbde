import { describe, expect, it } from "vitest";
import { formatBytes, formatRetention, parseBytes } from "./format";

describe("formatBytes", () => {
  it("renders sizes in binary units with sensible precision", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10 * 1024 * 1024 + 300_000)).toBe("10.3 MB");
    expect(formatBytes(250 * 1024 ** 3)).toBe("250 GB");
    expect(formatBytes(3.2 * 1024 ** 4)).toBe("3.2 TB");
    expect(formatBytes(2 ** 53)).toBe("8 PB");
  });

  it("says Unknown for missing or nonsensical sizes", () => {
    expect(formatBytes(null)).toBe("Unknown");
    expect(formatBytes(-1)).toBe("Unknown");
    expect(formatBytes(Number.NaN)).toBe("Unknown");
  });
});

describe("formatRetention", () => {
  it("uses years for whole years and days otherwise", () => {
    expect(formatRetention(null)).toBe("Not set");
    expect(formatRetention(1)).toBe("1 day");
    expect(formatRetention(90)).toBe("90 days");
    expect(formatRetention(365)).toBe("1 year");
    expect(formatRetention(730 * 5)).toBe("10 years");
  });
});

describe("parseBytes", () => {
  it("reads numbers with optional binary units", () => {
    expect(parseBytes("2048")).toBe(2048);
    expect(parseBytes(" 5 GB ")).toBe(5 * 1024 ** 3);
    expect(parseBytes("1.5tb")).toBe(1.5 * 1024 ** 4);
    expect(parseBytes("10 MiB")).toBe(10 * 1024 ** 2);
    expect(parseBytes("3k")).toBe(3072);
  });

  it("round-trips what formatBytes shows", () => {
    for (const bytes of [0, 512, 1536, 250 * 1024 ** 3]) expect(parseBytes(formatBytes(bytes))).toBe(bytes);
  });

  it("returns null for empty input and undefined for nonsense or out-of-range sizes", () => {
    expect(parseBytes("  ")).toBeNull();
    expect(parseBytes("lots")).toBeUndefined();
    expect(parseBytes("5 XB")).toBeUndefined();
    expect(parseBytes("-3 GB")).toBeUndefined();
    expect(parseBytes("99999 PB")).toBeUndefined();
  });
});
