// Context words around a match, like Presidio's LemmaContextAwareEnhancer: the 5 tokens before the match (plus
// 2 after, for "781 1704 office"). A token supports the match when it equals a context word or, for words of 4+
// letters, starts with one ("phones", "passportnumber"). ASCII tokens only: the context words are English.
// Every rule's word list is one bit; all lists share one trie over [0-9a-z], so one walk over the tokens near a
// span answers for every rule at once (contextMask).

const PREFIX_TOKENS = 5;
const SUFFIX_TOKENS = 2;
const WINDOW_CHARS = 80;
const SYMBOLS = 36;

let children = new Int32Array(SYMBOLS * 256); // node * 36 + symbol → child node (0 = none; node 0 is the root)
let ends = new Int32Array(256); // node → bits of the lists holding the word that ends here
let nodes = 1;
const bits = new Map<string, number>(); // list content → bit
const byList = new WeakMap<readonly string[], number>();

/** 0-9 → 0..9, letters (either case) → 10..35, anything else → -1. */
function symbol(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 122 ? l - 87 : -1;
}
/** symbol + 1 for ASCII codes (0 = not a token character). */
const SYMBOL = new Uint8Array(128).map((_, c) => symbol(c) + 1);
const sym = (c: number) => (c < 128 ? (SYMBOL[c] ?? 0) : 0);
const isTokenChar = (c: number) => (c - 48) >>> 0 < 10 || ((c | 32) - 97) >>> 0 < 26;

function grow(): void {
  const more = new Int32Array(children.length * 2);
  more.set(children);
  children = more;
  const moreEnds = new Int32Array(ends.length * 2);
  moreEnds.set(ends);
  ends = moreEnds;
}

function insert(word: string, bit: number): void {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const s = symbol(word.charCodeAt(i));
    if (s < 0) return; // not an ASCII token: it could never be matched
    let child = children[node * SYMBOLS + s] ?? 0;
    if (child === 0) {
      if (nodes * SYMBOLS >= children.length) grow();
      child = nodes++;
      children[node * SYMBOLS + s] = child;
    }
    node = child;
  }
  ends[node] = (ends[node] ?? 0) | bit;
}

/** The bit standing for a list of context words (lists with the same words share it); 0 for an empty list. */
export function contextBit(words: readonly string[]): number {
  const known = byList.get(words);
  if (known !== undefined) return known;
  let bit = 0;
  if (words.length > 0) {
    const key = [...new Set(words)].sort().join(" ");
    bit = bits.get(key) ?? 0;
    if (bit === 0) {
      if (bits.size >= 31) throw new Error("too many PII context word lists");
      bit = 1 << bits.size;
      bits.set(key, bit);
      for (const w of words) insert(w.toLowerCase(), bit);
    }
  }
  byList.set(words, bit);
  return bit;
}

/** Bits of the lists a token supports: an exact word, or a word of 4+ letters the token starts with. */
function tokenBits(text: string, from: number, to: number): number {
  // Most tokens start with a letter no context word starts with: one lookup, no walk.
  let node = children[sym(text.charCodeAt(from)) - 1] ?? 0;
  if (node === 0) return 0;
  let found = 0;
  const length = to - from;
  for (let i = 1; i < length; i++) {
    if (i >= 4) found |= ends[node] ?? 0;
    node = children[node * SYMBOLS + sym(text.charCodeAt(from + i)) - 1] ?? 0;
    if (node === 0) return found;
  }
  return found | (ends[node] ?? 0);
}

/** Bits of every context list supported by the tokens just before or just after the span. */
export function contextMask(text: string, start: number, end: number): number {
  let found = 0;
  let seen = 0;
  let i = start;
  const low = Math.max(0, start - WINDOW_CHARS);
  while (seen < PREFIX_TOKENS && i > low) {
    if (!isTokenChar(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    let j = i - 1;
    while (j > low && isTokenChar(text.charCodeAt(j - 1))) j--;
    found |= tokenBits(text, j, i);
    seen++;
    i = j;
  }
  seen = 0;
  i = end;
  const high = Math.min(text.length, end + WINDOW_CHARS);
  while (seen < SUFFIX_TOKENS && i < high) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < high && isTokenChar(text.charCodeAt(j))) j++;
    found |= tokenBits(text, i, j);
    seen++;
    i = j;
  }
  return found;
}

/** True when one of `words` (lowercase) occurs among the tokens just before or just after the span. */
export function hasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  const bit = contextBit(words);
  return bit !== 0 && (contextMask(text, start, end) & bit) !== 0;
}

export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;

/** Presidio's enhancement: +0.35, at least 0.4, at most 1. */
export const boosted = (score: number) => Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
