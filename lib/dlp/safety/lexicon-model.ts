// Everything the fast lexicon matcher needs, derived at load time from obscenity's English preset (the maintained
// source of truth): its blacklisted patterns compiled exactly as obscenity's RegExpMatcher compiles them, its
// whitelist, and its character transformers (look-alikes, leetspeak, case, repeated letters) as lookup tables.
import {
  SyntaxKind,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedWhitelistMatcherTransformers,
  type Node,
  type ParsedPattern,
  type StatefulTransformer,
  type TransformerContainer,
} from "obscenity";

export type LexiconTerm = { id: number; word: string; pattern: ParsedPattern; re: RegExp };

const built = englishDataset.build();

const REGEX_SPECIAL = new Set("[.*+?^${}()|\\]".split("").map((c) => c.charCodeAt(0)));
function nodeSource(node: Node): string {
  if (node.kind === SyntaxKind.Literal) return node.chars.map((c) => (REGEX_SPECIAL.has(c) ? "\\" : "") + String.fromCodePoint(c)).join("");
  if (node.kind === SyntaxKind.Optional) return `(?:${nodeSource(node.childNode)})?`;
  return ".";
}
/** Same source and flags as obscenity's compilePatternToRegExp. */
const compile = (p: ParsedPattern) => new RegExp(`${p.requireWordBoundaryAtStart ? "\\b" : ""}${p.nodes.map(nodeSource).join("")}${p.requireWordBoundaryAtEnd ? "\\b" : ""}`, "gs");

export const LEXICON_TERMS: readonly LexiconTerm[] = built.blacklistedTerms.map((t) => ({
  id: t.id,
  word: englishDataset.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord ?? "",
  pattern: t.pattern,
  re: compile(t.pattern),
}));
export const TERM_BY_ID = new Map(LEXICON_TERMS.map((t) => [t.id, t]));
export const WHITELISTED_TERMS: readonly string[] = built.whitelistedTerms ?? [];

/**
 * A transformer chain as obscenity applies it to each code point: its leading simple (stateless) transformers
 * folded into one lookup, then the rest (the stateful repeated-character collapse) applied in order.
 */
export type Chain = { head: (c: number) => number | undefined; tail: readonly TransformerContainer[] };

function chain(all: readonly TransformerContainer[]): Chain {
  let k = 0;
  while (k < all.length && "transform" in all[k]!) k++;
  const simple = all.slice(0, k).map((t) => ("transform" in t ? t.transform : (c: number) => c));
  const fold = (c: number) => simple.reduce<number | undefined>((x, f) => (x === undefined ? x : f(x)), c);
  const table = new Int32Array(0x10000).fill(-2); // -2: not computed yet, -1: dropped
  const head = (c: number) => {
    if (c > 0xffff) return fold(c);
    let v = table[c]!;
    if (v === -2) table[c] = v = fold(c) ?? -1;
    return v < 0 ? undefined : v;
  };
  return { head, tail: all.slice(k) };
}

export const BLACKLIST_CHAIN = chain(englishRecommendedBlacklistMatcherTransformers);
export const WHITELIST_CHAIN = chain(englishRecommendedWhitelistMatcherTransformers);

/** Fresh per-text state for the stateful part of a chain (what obscenity's TransformerSet holds). */
export function chainState(c: Chain): ((x: number) => number | undefined)[] {
  return c.tail.map((t) => {
    if ("transform" in t) return t.transform;
    const s: StatefulTransformer = t.factory();
    return (x: number) => s.transform(x);
  });
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Code point starting at i (a lone surrogate counts as itself) and its width in UTF-16 units. */
export function codePointAt(text: string, i: number): [number, number] {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLow(d)) return [(c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, 2];
  }
  return [c, 1];
}

/** obscenity's end index is inclusive and moved onto the low half when it lands on a surrogate pair. */
export function inclusiveEnd(text: string, end: number): number {
  return end < text.length - 1 && isHigh(text.charCodeAt(end)) && isLow(text.charCodeAt(end + 1)) ? end + 1 : end;
}

/** Transformed text of text[from, to) and, per transformed unit, the offset of the code point it came from. */
export function transformSpan(text: string, from: number, to: number, c: Chain): { out: string; origin: number[] } {
  const steps = chainState(c);
  const origin: number[] = [];
  let out = "";
  for (let i = from; i < to; ) {
    const [cp, width] = codePointAt(text, i);
    let v = c.head(cp);
    for (let k = 0; k < steps.length && v !== undefined; k++) v = steps[k]!(v);
    if (v !== undefined) {
      out += String.fromCodePoint(v);
      while (origin.length < out.length) origin.push(i);
    }
    i += width;
  }
  return { out, origin };
}
