import fc from "fast-check";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseTimestamptz } from "./pg-timestamptz";

const pgParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, "text") as (text: string) => Date | number | null;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const value = (x: Date | number | null) => (x instanceof Date ? x.getTime() : x);

// Texts as Postgres writes a timestamptz: 1 to 6 fraction digits (none when zero) and an offset of the session's zone.
const pgText = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
    offset: fc.constantFrom("+00", "-03", "+05:30", "-09:30", "+14", "+00:19:32", "-00:25:21"),
  })
  .map((t) => `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction ? `.${t.fraction}` : ""}${t.offset}`);

describe("parseTimestamptz", () => {
  it("reads every text Postgres writes as pg's parser does", () => {
    fc.assert(fc.property(pgText, (text) => value(parseTimestamptz(text)) === value(pgParser(text))), { numRuns: 5_000, seed: 20261127 });
  });

  it("reads a few by hand, and leaves other forms to pg's parser", () => {
    expect((parseTimestamptz("2026-11-27 22:39:27.123456+00") as Date).toISOString()).toBe("2026-11-27T22:39:27.123Z");
    expect((parseTimestamptz("2026-11-27 22:39:27.5+05:30") as Date).toISOString()).toBe("2026-11-27T17:09:27.500Z");
    expect((parseTimestamptz("2026-11-27 22:39:27-03") as Date).toISOString()).toBe("2026-11-28T01:39:27.000Z");
    for (const text of ["infinity", "-infinity", "0044-03-15 12:00:00+00 BC", "0099-01-01 00:00:00+00", "12026-01-01 00:00:00+00", "2026-11-27 22:39:27+00 BC"]) {
      expect(value(parseTimestamptz(text)), text).toEqual(value(pgParser(text)));
    }
  });
});
