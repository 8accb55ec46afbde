// Exact lexicon matching inside a region: the same transformed text, term regexes and whitelist as obscenity's
// RegExpMatcher over the whole text, restricted to a region that no match can cross. A region is bounded by
// "cuts": two adjacent characters that both transform to non-word characters and differ from each other. No
// pattern holds two adjacent non-letters (a wildcard or the space of "double penetra" sits between letters) and
// no whitelisted word does either, the repeated-character collapse restarts after a cut, and a word boundary
// before or after a cut is seen the same way from inside the region, so matching a region alone gives exactly
// the whole-text matches that fall inside it.
import { BLACKLIST_CHAIN, TERM_BY_ID, WHITELIST_CHAIN, WHITELISTED_TERMS, inclusiveEnd, transformSpan } from "./lexicon-model";

/** A raw lexicon match: term id and [start, end) offsets in the original text. */
export type TermMatch = { termId: number; start: number; end: number };

const isWordChar = (t: number) => (t >= 0x61 && t <= 0x7a) || (t >= 0x41 && t <= 0x5a) || (t >= 0x30 && t <= 0x39) || t === 0x5f;

/** True when a cut lies between text[i - 1] and text[i]. */
function cutBefore(text: string, i: number): boolean {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if ((a >= 0xd800 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdfff)) return false;
  const ta = BLACKLIST_CHAIN.head(a);
  const tb = BLACKLIST_CHAIN.head(b);
  return ta !== undefined && tb !== undefined && ta !== tb && !isWordChar(ta) && !isWordChar(tb);
}

/** The region [start, end) around offset i. */
export function regionAround(text: string, i: number): [number, number] {
  let start = Math.max(0, Math.min(i, text.length - 1));
  let end = start + 1;
  while (start > 0 && !cutBefore(text, start)) start--;
  while (end < text.length && !cutBefore(text, end)) end++;
  return [start, end];
}

/** obscenity's whitelisted intervals (inclusive) found inside the region. */
export function whitelistedIntervals(text: string, start: number, end: number, terms: readonly string[] = WHITELISTED_TERMS): [number, number][] {
  const { out, origin } = transformSpan(text, start, end, WHITELIST_CHAIN);
  const intervals: [number, number][] = [];
  for (const term of terms) {
    for (let k = out.indexOf(term); k !== -1; k = out.indexOf(term, k + term.length)) {
      intervals.push([origin[k]!, inclusiveEnd(text, origin[k + term.length - 1]!)]);
    }
  }
  return intervals;
}

export const covered = (intervals: readonly [number, number][], start: number, endInclusive: number) => intervals.some(([a, b]) => a <= start && endInclusive <= b);

/** Whole-text obscenity matches of the given terms that lie inside the region. */
export function regionMatches(text: string, start: number, end: number, termIds: Iterable<number>): TermMatch[] {
  const { out, origin } = transformSpan(text, start, end, BLACKLIST_CHAIN);
  const raw: TermMatch[] = [];
  for (const id of termIds) {
    const re = TERM_BY_ID.get(id)?.re;
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(out); m !== null; m = re.exec(out)) {
      raw.push({ termId: id, start: origin[m.index]!, end: inclusiveEnd(text, origin[m.index + m[0].length - 1]!) + 1 });
    }
    re.lastIndex = 0;
  }
  if (raw.length === 0) return raw;
  const allowed = whitelistedIntervals(text, start, end);
  return raw.filter((m) => !covered(allowed, m.start, m.end - 1));
}
