// Rule vocabulary and regex builders shared by the secret rule tables.
import type { FindingTags } from "../types";

export type SecretRule = {
  id: string;
  description: string;
  /** Lowercase literals: the rule's regex only runs when one of them occurs in the lowercased text. */
  keywords: readonly string[];
  /**
   * Optional lowercase literals such that EVERY match of `regex` starts with one of them (ASCII letters
   * case-insensitive). When given, the detector runs the regex only from those positions (sticky) instead of
   * over the whole text; the oracle test proves the two agree. Use it for rules whose keywords are common words.
   */
  anchors?: readonly string[];
  /**
   * Optional cheap regex (no "g"/"y") that matches every text the rule's regex matches; the detector skips the
   * rule when it does not match. Use it when the keywords are too common to select the rule (e.g. ".").
   */
  precheck?: RegExp;
  /** Global + hasIndices ("gd") regex; the secret is capture group `secretGroup` (0 = whole match). */
  regex: RegExp;
  /** Several indices when the regex has alternatives: the first group that participated is the secret. */
  secretGroup: number | readonly number[];
  /** Minimum Shannon entropy (bits per char) of the secret. */
  entropy?: number;
  score: number;
  tags: FindingTags;
  /** Extra check on the captured secret (checksum, decoded header, placeholder filter…). */
  validate?: (secret: string, context: ValidationContext) => boolean;
  /** Score to use instead of `score` for this particular match (e.g. weaker evidence). */
  rescore?: (secret: string, context: ValidationContext) => number;
};

export type ValidationContext = { text: string; start: number; end: number; match: RegExpExecArray };

export const SECRET_TAGS: FindingTags = {
  owasp: ["LLM02"],
  atlas: ["AML.T0055"],
  nist: ["Information Security"],
};

type RuleInput = {
  id: string;
  description: string;
  keywords: readonly string[];
  anchors?: readonly string[];
  precheck?: RegExp;
  pattern: string;
  /** Extra flags besides "gd" (e.g. "i"). */
  flags?: string;
  group?: number | readonly number[];
  entropy?: number;
  score?: number;
  validate?: SecretRule["validate"];
  rescore?: SecretRule["rescore"];
};

export function rule(input: RuleInput): SecretRule {
  return {
    id: input.id,
    description: input.description,
    keywords: input.keywords.map((k) => k.toLowerCase()),
    anchors: input.anchors?.map((k) => k.toLowerCase()),
    precheck: input.precheck,
    regex: new RegExp(input.pattern, `gd${input.flags ?? ""}`),
    secretGroup: input.group ?? 1,
    entropy: input.entropy,
    score: input.score ?? 1,
    tags: SECRET_TAGS,
    validate: input.validate,
    rescore: input.rescore,
  };
}

/** Left edge of a token: not glued to a preceding letter, digit or underscore. */
export const START = String.raw`(?<![A-Za-z0-9_])`;
/** Right edge of a token: the usual terminators of a value in code, config or prose. */
export const END = String.raw`(?=[\x60'"\s;,)\]}<>&|]|\\[nrt]|$)`;
/** Right edge for tokens whose charset has no "-", "." or "_": stop at any other character. */
export const END_WORD = String.raw`(?![A-Za-z0-9_\-])`;

/**
 * Between a keyword and the value: the rest of the identifier, optional quotes, an assignment operator
 * (=, :, =>, :=, ::=, ?=, .=, ||, ",", or a closing ">" of an XML tag) and up to five quote/space chars.
 */
export const ASSIGN = String.raw`[\w.\- \t]{0,20}?[\s'"]{0,3}(?:=>|:{1,3}=|\?=|\|\||[=:>,])[\x60'"\s=]{0,5}`;

type PrefixedInput = Omit<RuleInput, "pattern" | "group"> & { body: string; end?: string };

/** A self-identifying token (fixed prefix + body). */
export function prefixed(input: PrefixedInput): SecretRule {
  return rule({ ...input, pattern: `${START}(${input.body})${input.end ?? END_WORD}`, group: 1 });
}

type KeyedInput = Omit<RuleInput, "pattern" | "group"> & {
  /** Regex source naming the service in the identifier (matched case-insensitively). */
  name: string;
  /** Regex source of the value (matched case-insensitively unless `flags` is given). */
  value: string;
};

/** A value only recognisable by the service name in the identifier it is assigned to. */
export function keyed(input: KeyedInput): SecretRule {
  return rule({
    ...input,
    score: input.score ?? 0.85,
    flags: input.flags ?? "i",
    pattern: `(?:${input.name})${ASSIGN}(${input.value})${END}`,
    group: 1,
  });
}

export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
