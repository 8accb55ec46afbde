// Vocabulary of the PII rule tables: a regex (or custom scanner) per pattern, a base score, an optional validator
// and context words, scored the way Presidio's PatternRecognizer + LemmaContextAwareEnhancer do it.

/** What a validator says about a match: true = checksum passed (score 1.0), false = drop, a number = new score. */
export type Verdict = boolean | number;

export type Candidate = { start: number; end: number; score: number };

export type PiiRule = {
  entity: string;
  /** Cheap test on the raw text before the regex runs (e.g. text.includes("@")). */
  prefilter?: (text: string) => boolean;
  /** Global regex; with the "d" flag and a group 1 that participated, the span is group 1, else the whole match. */
  regex?: RegExp;
  /** Custom scanner used instead of `regex` (for formats whose span needs trimming or splitting). */
  scan?: (text: string) => Candidate[];
  score: number;
  validate?: (value: string, text: string, start: number, end: number) => Verdict;
  /** Lowercase context words; a token matches when equal to one, or starts with one of ≥ 4 letters. */
  context?: readonly string[];
  /** Highest score the rule gives before context (default 1): the engine skips the rule when even a boosted
   * score could not reach the threshold. */
  maxScore?: number;
};

/** Digits only. */
export const digitsOf = (value: string) => value.replace(/\D/g, "");

const WORD = /[\p{L}\p{N}_]/u;
/** True when the character at `index` exists and is a letter, digit or underscore. */
export const isWordChar = (text: string, index: number) => index >= 0 && index < text.length && WORD.test(text[index] ?? "");

export const hasDigit = (text: string) => /\d/.test(text);

/** True when every separator (space, dash, dot) in `value` is the same character. */
export function sameSeparators(value: string): boolean {
  const seps = new Set(value.replace(/[\dA-Za-z]/g, ""));
  return seps.size <= 1;
}
