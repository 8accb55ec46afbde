// The words of a findings search (`q`). They must split exactly as finding_words() in the finding_terms migration
// splits titles, rule ids and locations: at spaces and ASCII punctuation, 2+ characters, cut at 64, without the
// same stop words. Lower-casing is left to Postgres (lower() on both sides), so non-ASCII letters compare alike.
// JavaScript's \s spelled out (Postgres' \s depends on the locale), then ASCII punctuation: the same class as SQL's.
const SEPARATORS = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff!-/:-@[-`{-~]+/u;
const STOP_WORDS = new Set(["an", "and", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with"]);
const MAX_WORD_CHARS = 64;
/** A search of more words than this matches on its first ones only. */
export const MAX_SEARCH_WORDS = 8;

/** The words of a text as finding_words() finds them, in their own case, each once (case-insensitively). */
export function splitWords(text: string): string[] {
  const words = new Map<string, string>();
  for (const part of text.split(SEPARATORS)) {
    const chars = [...part];
    if (chars.length < 2) continue;
    const word = chars.slice(0, MAX_WORD_CHARS).join("");
    const key = word.toLowerCase();
    if (!STOP_WORDS.has(key) && !words.has(key)) words.set(key, word);
  }
  return [...words.values()];
}

/** Each word must begin a word of the finding (a prefix match); none means the query has no indexable word. */
export const searchWords = (q: string): string[] => splitWords(q).slice(0, MAX_SEARCH_WORDS);
