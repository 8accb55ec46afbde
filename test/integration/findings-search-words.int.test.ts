// The findings search splits the query in TypeScript (lib/findings/search-words.ts) and the findings' text in SQL
// (finding_words() in the finding_terms migration): a search only works if both split alike. Random texts over an
// alphabet of ASCII letters, digits, every kind of separator and some non-ASCII letters and spaces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitWords } from "@/lib/findings/search-words";
import { db } from "@/lib/server/db";

const ALPHABET = [..."aZ09_-./:@ \t\n", "\u000b", "\u00a0", "\u2028", "\u3000", "\u0085", "é", "É", "ß", "Ω", "中", "😀", "in", "the", "Key", "x"];

describe("findings search words", () => {
  it("are the same words in TypeScript and in Postgres", async () => {
    const texts = fc.sample(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join("")), { numRuns: 300, seed: 20261127 });
    const rows = await db.$queryRaw<{ i: number; sql: string[]; ts: string[] }[]>`
      SELECT t.i::int AS i, finding_words(t.text) AS sql, ARRAY(SELECT DISTINCT lower(w) FROM jsonb_array_elements_text(t.words::jsonb) w) AS ts
      FROM unnest(${texts}::text[], ${texts.map((t) => JSON.stringify(splitWords(t)))}::text[]) WITH ORDINALITY AS t(text, words, i)`;
    expect(rows).toHaveLength(texts.length);
    for (const r of rows) expect([...r.ts].sort(), JSON.stringify(texts[r.i - 1])).toEqual([...r.sql].sort());
  });
});
