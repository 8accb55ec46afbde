// Vocabulary of the PII rule tables: a regex per pattern, a base score, an optional validator and context words,
// scored the way Presidio's PatternRecognizer + LemmaContextAwareEnhancer do it. The regex is the rule's
// definition (the oracle test runs it over whole texts); the trigger tells the fast engine where a match can
// start, so it only runs the regex (sticky) at those positions.

/** What a validator says about a match: true = checksum passed (score 1.0), false = drop, a number = new score. */
export type Verdict = boolean | number;

export type Candidate = { start: number; end: number; score: number };

/** Token shapes (letter/digit runs of a \w token that holds a digit): 123, AB12, 12AB, AB12C, anything else. */
export const Shape = { D: 0, AD: 1, DA: 2, ADA: 3, OTHER: 4 } as const;

/**
 * The maximal ASCII \w run around a digit, as the fast engine sees it. Character codes are 0 at the text's edges
 * and 128 for any non-ASCII character (none of the rule regexes can consume those).
 */
export type Tok = {
  start: number;
  end: number;
  n: number; // length
  digits: number;
  lead: number; // letters before the first digit
  shape: number;
  first: number;
  prev: number;
  next: number;
  /** Length of the digit run that starts one character after the token (0 when there is none). */
  after: number;
};

/**
 * Where matches of a digit-bearing rule can start. Every rule match holds a digit and starts at a \w-token start;
 * its first digit-bearing token T starts at most `back` characters after the match start. The predicates are
 * necessary conditions on T, tabulated once (the engine ANDs the tables): they may let too much through, never
 * too little. `token` gets T's shape, length and the character after it (one representative per class: 0 for
 * any terminator, or one of ` -./:,()#`). `solo` returns the highest pre-context score when every such match is
 * exactly T (else 1): the engine then checks the context words before running the regex at all.
 */
export type DigitTrigger = {
  kind: "digits";
  back?: number;
  token: (shape: number, n: number, next: number) => boolean;
  first?: (c: number) => boolean;
  prev?: (c: number, shape: number) => boolean;
  /** With back > 0: the first character of a match and the character before it (lookbehind). */
  start?: (c: number) => boolean;
  behind?: (c: number) => boolean;
  /** `memo` is the rule's scratch space, valid while memo[0] === call (one call = one detect). */
  check?: (t: Tok, text: string, memo: Int32Array, call: number) => boolean;
  solo?: (t: Tok) => number;
};

/** Rules found from a rare anchor instead of digits: "@", "://", and ":", "-", "." anchors (IPv6, MAC, domains). */
export type AnchorTrigger = { kind: "email" | "scheme" | "domain" | "ipv6" | "mac" };

export type PiiRule = {
  /** Stable id, reported by the profiler as "pii:<id>". */
  id: string;
  entity: string;
  /** Global regex: the rule's definition. */
  regex: RegExp;
  score: number;
  validate?: (value: string, text: string, start: number, end: number) => Verdict;
  /** Turns a raw match into findings (trim, split); null or [] rejects it. Replaces `validate`. */
  refine?: (text: string, start: number, end: number) => Candidate[] | null;
  /** After a rejected match, resume after it (like matchAll) instead of one character later. */
  skipRejected?: boolean;
  /** Lowercase context words; a token matches when equal to one, or starts with one of ≥ 4 letters. */
  context?: readonly string[];
  /** Highest score the rule gives before context (default 1): the engine skips the rule when even a boosted
   * score could not reach the threshold. */
  maxScore?: number;
  trigger: DigitTrigger | AnchorTrigger;
};

/** Digits only. */
export const digitsOf = (value: string) => value.replace(/\D/g, "");

const WORD = /[\p{L}\p{N}_]/u;
/** True when the character at `index` exists and is a letter, digit or underscore. */
export const isWordChar = (text: string, index: number) => index >= 0 && index < text.length && WORD.test(text[index] ?? "");

/** True when every separator (space, dash, dot) in `value` is the same character. */
export function sameSeparators(value: string): boolean {
  const seps = new Set(value.replace(/[\dA-Za-z]/g, ""));
  return seps.size <= 1;
}

// Character codes and predicates for triggers (codes 0..128 as in Tok). Code that runs per token or per match
// binds imported functions to local constants: under the CommonJS transform (tsx) a call through an import
// binding goes through a getter and costs ~50 ns.
export const Code = { SPACE: 32, COMMA: 44, DASH: 45, DOT: 46, SLASH: 47 } as const;
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLower = (c: number) => c >= 97 && c <= 122;
export const isAlpha = (c: number) => isUpper(c) || isLower(c);
export const isWordCode = (c: number) => isDigit(c) || isAlpha(c) || c === 95;
export const isHexCode = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** A negative lookbehind (?<![\w<chars>]) as a predicate on the previous character. */
export const notAfter = (chars: string) => (c: number) => !isWordCode(c) && !chars.includes(String.fromCharCode(c));
export const oneOf = (chars: string) => (c: number) => c !== 0 && chars.includes(String.fromCharCode(c));
