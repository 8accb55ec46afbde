import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boosted, contextBit, contextMask, hasContext } from "./context";

// The semantics contextMask implements with a shared trie, written the plain way: the 5 tokens (ASCII letters and
// digits) before the span and the 2 after it, within 80 characters (a token cut by that limit counts as cut); a
// token supports a list when it equals a word, or starts with a word of 4+ letters and is longer.
function plainHasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  const isToken = (c: string) => /^[A-Za-z0-9]$/.test(c);
  const supports = (token: string) => {
    const t = token.toLowerCase();
    return words.some((w) => t === w || (w.length >= 4 && t.length > w.length && t.startsWith(w)));
  };
  const before: string[] = [];
  for (let i = start, low = Math.max(0, start - 80); i > low && before.length < 5; ) {
    if (!isToken(text[i - 1] ?? "")) i--;
    else {
      let j = i - 1;
      while (j > low && isToken(text[j - 1] ?? "")) j--;
      before.push(text.slice(j, i));
      i = j;
    }
  }
  const after: string[] = [];
  for (let i = end, high = Math.min(text.length, end + 80); i < high && after.length < 2; ) {
    if (!isToken(text[i] ?? "")) i++;
    else {
      let j = i + 1;
      while (j < high && isToken(text[j] ?? "")) j++;
      after.push(text.slice(i, j));
      i = j;
    }
  }
  return [...before, ...after].some(supports);
}

const LISTS = [
  ["phone", "tel", "cellphone", "mob"],
  ["ssn", "social", "security"],
  ["ip", "ipv4", "address", "host"],
  ["dob", "birth", "born"],
];
for (const list of LISTS) contextBit(list);

describe("context words", () => {
  it("matches whole tokens or 4+ letter prefixes, before (5 tokens) and after (2 tokens) the span", () => {
    const words = LISTS[0] ?? [];
    const at = (text: string, value: string) => hasContext(text, text.indexOf(value), text.indexOf(value) + value.length, words);
    expect(at("Phones: 555 0134", "555 0134")).toBe(true);
    expect(at("telephone 555 0134", "555 0134")).toBe(false); // "tel" is short: exact only
    expect(at("mob 555 0134", "555 0134")).toBe(true);
    expect(at("mobile 555 0134", "555 0134")).toBe(false);
    expect(at("555 0134 PHONE", "555 0134")).toBe(true);
    expect(at("phone a b c d e 555 0134", "555 0134")).toBe(false); // sixth token back
    expect(at(`phone${" ".repeat(80)}555 0134`, "555 0134")).toBe(false); // beyond 80 characters
  });

  it("agrees with a plain implementation on random texts", () => {
    const word = fc.constantFrom("phone", "Phones", "tel", "TEL", "mob", "mobile", "ssn", "SSN#", "social", "ip", "IPv4", "addr", "address", "host", "dob", "Birthday", "born", "x", "12", "a_b", "é", " ", "  ", ": ", "-", "\n");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join(parts.length % 2 ? " " : "");
        const start = text.length ? a % (text.length + 1) : 0;
        const end = Math.min(text.length, start + (b % 12));
        for (const list of LISTS) expect(hasContext(text, start, end, list)).toBe(plainHasContext(text, start, end, list));
        expect(contextMask(text, start, end) >= 0).toBe(true);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it("boosts like Presidio: +0.35, at least 0.4, at most 1", () => {
    expect(boosted(0.1)).toBeCloseTo(0.45);
    expect(boosted(0)).toBeCloseTo(0.4);
    expect(boosted(0.8)).toBe(1);
  });
});
