// Fast path for formats with a rare, cheap-to-find core ("@", "::", ".com"): find the core with a simple regex,
// walk left over the characters the value can contain, then run the full sticky regex from there. This avoids
// running an expensive regex (lookbehind + char classes) at every position of a long text.
import type { Candidate } from "./rule";

export type AnchoredSpec = {
  anchor: RegExp; // global
  /** Characters the value may contain left of the anchor. */
  left: (code: number) => boolean;
  maxBack: number;
  sticky: RegExp; // sticky ("y") full pattern, lookbehind included
};

export function anchoredMatches(text: string, spec: AnchoredSpec): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  let covered = 0;
  // Starts at or before the previous anchor were already tried: a match from there that did not cover it ends
  // before this anchor too. Keeps pathological inputs (":::::…") linear.
  let floor = 0;
  spec.anchor.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = spec.anchor.exec(text)) !== null) {
    const at = a.index;
    if (a[0].length === 0) spec.anchor.lastIndex++;
    if (at < covered) continue;
    let s = at;
    const lowest = Math.max(covered, floor);
    while (s > lowest && at - s < spec.maxBack && spec.left(text.charCodeAt(s - 1))) s--;
    floor = at + 1;
    for (let from = s; from <= at; from++) {
      spec.sticky.lastIndex = from;
      const m = spec.sticky.exec(text);
      if (m && from + m[0].length > at) {
        out.push({ start: from, value: m[0] });
        covered = from + m[0].length;
        if (spec.anchor.lastIndex < covered) spec.anchor.lastIndex = covered;
        break;
      }
    }
  }
  spec.anchor.lastIndex = 0;
  return out;
}

export const toCandidates = (found: { start: number; value: string }[], score: number): Candidate[] =>
  found.map((f) => ({ start: f.start, end: f.start + f.value.length, score }));

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isHostChar = (c: number) => isAlnum(c) || c === 45 || c === 46; // - .
export const isEmailLocalChar = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
export const isHexOrColon = (c: number) => (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46 || c === 45; // 0-9 : A-F a-f . -
export const isSchemeChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
