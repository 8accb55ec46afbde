// obscenity reads every digit and many symbols as letters ("4" = a, "7" = t, "/" = l, "(" = c) and matches inside
// words, which is what catches "sh1t" but also fires on machine text: "455" and "717" read as "ass" and "tit", a
// hash like "n6g41axt88" contains "nigga", "asst_abc123" (an assistant id) starts with "ass", "/analyze" with
// "lanal", "LogAnalytics" contains "ganal", "$(cat" reads as "scat". A match is kept only when it reads like
// written words; the same rules apply to the fast matcher and to the whole-text oracle.
import { covered, regionAround, whitelistedIntervals } from "./matcher";

/** Words obscenity's whitelist lacks; treated like its whitelist (a match inside one is dropped). */
const EXTRA_WHITELIST = ["cockpit", "cum laude"];

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const LEET_SYMBOLS = new Set([0x40, 0x24, 0x21, 0x7c]); // @ $ ! |
const isTokenChar = (c: number) => isLetter(c) || isDigit(c) || c === 0x5f || LEET_SYMBOLS.has(c) || c >= 0x80;
const isLeet = (c: number) => isDigit(c) || LEET_SYMBOLS.has(c);

/** Identifier-like word: the word around the match holds digits outside it (hashes, ids, versions, times). */
function inIdentifier(text: string, start: number, end: number): boolean {
  const joins = (k: number) => (text[k] === "-" || text[k] === ".") && isTokenChar(text.charCodeAt(k - 1)) && isTokenChar(text.charCodeAt(k + 1));
  const urlEscape = (k: number) => k >= 2 && text[k - 2] === "%" && /^[0-9a-f]{2}$/i.test(text.slice(k - 1, k + 1)); // "%20porn"
  for (let k = start - 1; k >= 0 && (isTokenChar(text.charCodeAt(k)) || joins(k)) && !urlEscape(k); k--) if (isDigit(text.charCodeAt(k))) return true;
  for (let k = end; k < text.length && (isTokenChar(text.charCodeAt(k)) || joins(k)); k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

/** Leetspeak is believed between letters ("sh1t", "a$$hole"), not in numbers or at the edge of a symbol run. */
function leetBetweenLetters(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 1);
  const to = Math.min(text.length, end + 1);
  for (let k = from + 1; k < to - 1; k++) {
    if (!isLeet(text.charCodeAt(k)) || !isLetter(text.charCodeAt(k - 1))) continue;
    let j = k;
    while (j < to && isLeet(text.charCodeAt(j))) j++;
    if (j < to && isLetter(text.charCodeAt(j))) return true;
  }
  return false;
}

function whitelisted(text: string, start: number, end: number, terms?: readonly string[]): boolean {
  const [rs, re] = regionAround(text, start);
  return covered(whitelistedIntervals(text, rs, re, terms), start, end - 1);
}

/** Whether a raw lexicon match [start, end) is credible written language. */
export function credibleMatch(text: string, start: number, end: number): boolean {
  let leet = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2f || c === 0x28) return false; // "/" and "(" are paths and code far more often than "l" and "c"
    if (isLeet(c)) leet = true;
  }
  if (leet && !leetBetweenLetters(text, start, end)) return false;
  if (inIdentifier(text, start, end)) return false;
  // camelCase identifiers: "LogAnalytics" is not "ganal".
  if (start > 0 && isLetter(text.charCodeAt(start - 1))) {
    for (let k = start; k + 1 < end; k++) {
      const c = text.charCodeAt(k);
      const d = text.charCodeAt(k + 1);
      if (c >= 0x61 && c <= 0x7a && d >= 0x41 && d <= 0x5a) return false;
    }
  }
  // The collapse of repeated letters can start a match one letter early, outside obscenity's whitelisted word
  // ("traf|fick|ing" is whitelisted, "tra|ffick|ing" is not): re-check the whitelist without that letter.
  const first = text.charCodeAt(start);
  if (end - start > 2 && isLetter(first) && (first | 0x20) === (text.charCodeAt(start + 1) | 0x20) && whitelisted(text, start + 1, end)) return false;
  return !whitelisted(text, start, end, EXTRA_WHITELIST);
}
