// The words of a findings search (`q`). They must split exactly as finding_words() in the finding_terms migration
// splits titles, rule ids and locations: at ASCII spaces and punctuation, 2+ characters, cut at 64, without the
// same stop words. Lower-casing is left to Postgres (lower() on both sides), so non-ASCII letters compare alike.
const SEPARATORS = /[\s!-/:-@[-`{-~]+/u;
const STOP_WORDS = new Set(["an", "and", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with"]);
const MAX_WORD_CHARS = 64;
/** A search of more words than this matches on its first ones only. */
export const MAX_SEARCH_WORDS = 8;

/** Each word must begin a word of the finding (a prefix match); none means the query has no indexable word. */
export function searchWords(q: string): string[] {
  const words = new Map<string, string>();
  for (const part of q.split(SEPARATORS)) {
    const chars = [...part];
    if (chars.length < 2) continue;
    const word = chars.slice(0, MAX_WORD_CHARS).join("");
    const key = word.toLowerCase();
    if (!STOP_WORDS.has(key) && !words.has(key)) words.set(key, word);
  }
  return [...words.values()].slice(0, MAX_SEARCH_WORDS);
}
