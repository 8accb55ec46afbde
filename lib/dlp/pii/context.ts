// Context words around a match, like Presidio's LemmaContextAwareEnhancer: the 5 tokens before the match (plus
// 2 after, for "781 1704 office"). A token supports the match when it equals a context word or, for words of 4+
// letters, starts with one ("phones", "passportnumber"). ASCII tokens only: the context words are English.

const PREFIX_TOKENS = 5;
const SUFFIX_TOKENS = 2;
const WINDOW_CHARS = 80;

type WordIndex = { exact: ReadonlySet<string>; prefixLengths: readonly number[] };
const indexes = new WeakMap<readonly string[], WordIndex>();

function indexOf(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (!index) {
    index = { exact: new Set(words), prefixLengths: [...new Set(words.filter((w) => w.length >= 4).map((w) => w.length))] };
    indexes.set(words, index);
  }
  return index;
}

const isTokenChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function supports(token: string, index: WordIndex): boolean {
  const t = token.toLowerCase();
  if (index.exact.has(t)) return true;
  for (const n of index.prefixLengths) if (t.length > n && index.exact.has(t.slice(0, n))) return true;
  return false;
}

/** Tokens read outwards from `from` (backwards when step = -1), at most `limit` tokens within WINDOW_CHARS. */
function anyToken(text: string, from: number, step: 1 | -1, limit: number, index: WordIndex): boolean {
  let seen = 0;
  let i = from;
  const stop = step < 0 ? Math.max(0, from - WINDOW_CHARS) : Math.min(text.length, from + WINDOW_CHARS);
  while (seen < limit && (step < 0 ? i > stop : i < stop)) {
    const at = step < 0 ? i - 1 : i;
    if (!isTokenChar(text.charCodeAt(at))) {
      i += step;
      continue;
    }
    let j = i;
    while ((step < 0 ? j > stop : j < stop) && isTokenChar(text.charCodeAt(step < 0 ? j - 1 : j))) j += step;
    const token = step < 0 ? text.slice(j, i) : text.slice(i, j);
    if (supports(token, index)) return true;
    seen++;
    i = j;
  }
  return false;
}

/** True when one of `words` (lowercase) occurs among the tokens just before or just after the span. */
export function hasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const index = indexOf(words);
  return anyToken(text, start, -1, PREFIX_TOKENS, index) || anyToken(text, end, 1, SUFFIX_TOKENS, index);
}

export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;

/** Presidio's enhancement: +0.35, at least 0.4, at most 1. */
export const boosted = (score: number) => Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
