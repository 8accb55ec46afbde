// Turns lexicon and phrase-pattern hits into findings; shared by the detector and by its whole-text oracle test.
import { maskPreview, type DetectOptions, type Finding, type FindingTags } from "../types";
import { credibleMatch } from "./credibility";
import { lexiconEntry, type SafetyCategory } from "./lexicon";
import { TERM_BY_ID } from "./lexicon-model";
import type { TermMatch } from "./matcher";
import { SAFETY_PATTERNS } from "./patterns";

export const DEFAULT_SAFETY_THRESHOLD = 0.5;

export type SafetyHit = { category: SafetyCategory; start: number; end: number; score: number };

// NIST AI 600-1 risk names per category; OWASP LLM05 (improper output handling) for all; no ATLAS technique applies.
const NIST: Record<SafetyCategory, string[]> = {
  hate: ["Harmful Bias and Homogenization", "Dangerous, Violent, or Hateful Content"],
  violence: ["Dangerous, Violent, or Hateful Content"],
  self_harm: ["Dangerous, Violent, or Hateful Content"],
  sexual: ["Obscene, Degrading, and/or Abusive Content"],
  profanity: ["Obscene, Degrading, and/or Abusive Content"],
};
const tagsFor = (category: SafetyCategory): FindingTags => ({ owasp: ["LLM05"], atlas: [], nist: [...NIST[category]] });

/** A credible lexicon match as a hit (null when it reads like machine text rather than words). */
export function lexiconHit(text: string, m: TermMatch): SafetyHit | null {
  if (m.start < 0 || m.end > text.length || m.start >= m.end || !credibleMatch(text, m.start, m.end)) return null;
  const { category, score } = lexiconEntry(TERM_BY_ID.get(m.termId)?.word ?? "");
  return { category, score, start: m.start, end: m.end };
}

/** Matches of one phrase pattern over the whole text. */
export function patternHits(text: string, index: number, out: SafetyHit[]): void {
  const pattern = SAFETY_PATTERNS[index];
  if (!pattern) return;
  const re = pattern.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push({ category: pattern.category, score: pattern.score, start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
}

const round = (score: number) => Math.round(Math.min(0.99, score) * 10_000) / 10_000;
const byPosition = (a: SafetyHit, b: SafetyHit) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) || a.score - b.score;

/** Per-category score: noisy-OR of its hits, so repeated slurs or several threats raise confidence (capped). */
export function categoryScores(hits: readonly SafetyHit[]): Record<SafetyCategory, number> {
  const scores: Record<SafetyCategory, number> = { profanity: 0, hate: 0, sexual: 0, violence: 0, self_harm: 0 };
  // Combined in position order, so the (floating-point) result does not depend on the order hits were found in.
  for (const h of [...hits].sort(byPosition)) scores[h.category] = 1 - (1 - scores[h.category]) * (1 - h.score);
  for (const c of Object.keys(scores) as SafetyCategory[]) scores[c] = round(scores[c]);
  return scores;
}

/** Findings (type = category, score = that category's combined score), sorted by position. */
export function findingsFromHits(text: string, all: readonly SafetyHit[], options?: DetectOptions): Finding[] {
  const hits = options?.only ? all.filter((h) => options.only!.has(h.category)) : all;
  if (hits.length === 0) return [];
  const threshold = options?.threshold ?? DEFAULT_SAFETY_THRESHOLD;
  const scores = categoryScores(hits);
  return hits
    .filter((h) => scores[h.category] >= threshold)
    .sort(byPosition)
    .map((h) => ({ detector: "safety", type: h.category, start: h.start, end: h.end, score: scores[h.category], preview: maskPreview(text.slice(h.start, h.end)), tags: tagsFor(h.category) }));
}
