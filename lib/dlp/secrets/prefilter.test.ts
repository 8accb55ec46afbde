import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKeywordIndex } from "./prefilter";

describe("buildKeywordIndex", () => {
  it("finds overlapping and nested keywords", () => {
    const keywords = ["api", "api_org_", "pi_o", "hf_", "ghp_", "he", "she", "his", "hers"];
    const index = buildKeywordIndex(keywords);
    const seen = index.scan("ushers use api_org_abc and ghp_x");
    expect(keywords.filter((_, i) => seen[i] === 1)).toEqual(["api", "api_org_", "pi_o", "ghp_", "he", "she", "hers"]);
  });

  it("agrees with String.includes on random keyword sets (incl. >64 trie states)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "_", "-", "."), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "_", "-", ".", "é", " "), maxLength: 200 }), (keywords, text) => {
        const seen = buildKeywordIndex(keywords).scan(text);
        keywords.forEach((k, i) => expect(seen[i] === 1, k).toBe(text.includes(k)));
      }),
      { numRuns: 300 },
    );
  });
});
