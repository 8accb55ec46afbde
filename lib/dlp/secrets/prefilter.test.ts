import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKeywordIndex, createScanBuffers, resetScanBuffers } from "./prefilter";

/** Every start offset of `k` in `text`, ASCII letters case-insensitive (the automaton's contract). */
function occurrences(text: string, k: string): number[] {
  const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const out: number[] = [];
  for (let i = folded.indexOf(k); i >= 0; i = folded.indexOf(k, i + 1)) out.push(i);
  return out;
}

describe("buildKeywordIndex", () => {
  it("finds overlapping and nested keywords", () => {
    const keywords = ["api", "api_org_", "pi_o", "hf_", "ghp_", "he", "she", "his", "hers"];
    const index = buildKeywordIndex(keywords);
    const seen = index.scan("ushers use api_org_abc and ghp_x");
    expect(keywords.filter((_, i) => seen[i] === 1)).toEqual(["api", "api_org_", "pi_o", "ghp_", "he", "she", "hers"]);
  });

  it("folds ASCII letters only, confirms long keywords past the automaton prefix, tracks starts", () => {
    const keywords = ["secret_access_key", "secret_acc", "token", "k"];
    const index = buildKeywordIndex(keywords, new Set([0, 2]));
    const buffers = createScanBuffers(index);
    const text = "SECRET_ACCESS_KEY=1 secret_accXXX Token \u212Aey tokentoken";
    const n = index.scanInto(text, buffers);
    expect([...buffers.seen]).toEqual([1, 1, 1, 1]);
    expect(buffers.starts[0]).toEqual([0]);
    expect(buffers.starts[2]).toEqual([34, 44, 49]);
    resetScanBuffers(buffers, n);
    expect([...buffers.seen]).toEqual([0, 0, 0, 0]);
    expect(buffers.starts[2]).toEqual([]);
    // The Kelvin sign (U+212A) lowercases to "k" in toLowerCase() but is not an ASCII K for the automaton.
    expect([...index.scan("\u212Aey")]).toEqual([0, 0, 0, 0]);
  });

  it("agrees with indexOf on random keyword sets, ASCII and non-ASCII texts (UTF-16 offsets)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "_", "-", "."), minLength: 1, maxLength: 14 });
    const unit = fc.constantFrom("a", "b", "c", "A", "B", "_", "-", ".", " ");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.array(fc.oneof(fc.string({ unit, maxLength: 20 }), word), { maxLength: 20 }), fc.constantFrom("", "", "é", "😀", "\uFEFF", "\uD800", "字", "\uDFFF"), (keywords, parts, separator) => {
        const text = `${separator}${parts.join(separator)}`;
        const index = buildKeywordIndex(keywords, new Set(keywords.map((_, i) => i)));
        const buffers = createScanBuffers(index);
        index.scanInto(text, buffers);
        keywords.forEach((k, i) => {
          const at = occurrences(text, k);
          expect(buffers.seen[i] === 1, k).toBe(at.length > 0);
          expect(buffers.starts[i], k).toEqual(at);
        });
      }),
      { numRuns: 300 },
    );
  });
});
