// Content-safety detector: profanity, slurs and sexual terms from obscenity's English dataset (with its look-alike,
// leetspeak and repeated-letter handling), plus phrase patterns for violence, hate and self-harm (patterns.ts).
// Speed: a single pass (gate.ts) finds the few places where a lexicon term or a pattern keyword can occur; only
// there does the exact matcher (matcher.ts) run, and a pattern's regex runs only when one of its keywords occurred.
import type { DetectOptions, Detector, Finding, RuleProfiler } from "../types";
import { GATE_TARGETS, keywordAt, scanGate } from "./gate";
import type { SafetyCategory } from "./lexicon";
import { LEXICON_TERMS } from "./lexicon-model";
import { regionAround, regionMatches, type TermMatch } from "./matcher";
import { SAFETY_PATTERNS } from "./patterns";
import { categoryScores, findingsFromHits, lexiconHit, patternHits, type SafetyHit } from "./score";

export type { SafetyCategory } from "./lexicon";
export { DEFAULT_SAFETY_THRESHOLD } from "./score";

const now = () => performance.now();

type Plan = { regions: [number, number, Set<number>][]; patterns: Set<number> };

/** Lexicon regions (with the terms whose 4-gram fired inside) and triggered patterns, from the gate's hits. */
function plan(text: string, grams: readonly number[] | null): Plan {
  const regions: Plan["regions"] = [];
  const patterns = new Set<number>();
  for (let k = 0; grams && k < grams.length; k += 2) {
    const at = grams[k]!;
    const targets = GATE_TARGETS.get(grams[k + 1]!);
    if (!targets) continue;
    for (const [p, keyword] of targets.patterns) if (!patterns.has(p) && keywordAt(text, at, keyword)) patterns.add(p);
    if (targets.terms.length === 0) continue;
    let region = regions[regions.length - 1];
    if (!region || at >= region[1]) {
      const [start, end] = regionAround(text, at);
      region = [start, end, new Set<number>()];
      regions.push(region);
    }
    for (const t of targets.terms) region[2].add(t);
  }
  return { regions, patterns };
}

function lexiconMatchesOf(text: string, regions: Plan["regions"], profile?: RuleProfiler): TermMatch[] {
  const out: TermMatch[] = [];
  for (const [start, end, terms] of regions) {
    const t = profile ? now() : 0;
    out.push(...regionMatches(text, start, end, terms));
    if (profile) profile("safety:lexicon", now() - t);
  }
  return out;
}

/** Every match obscenity's matcher finds in the whole text (same term ids and offsets, end exclusive). */
export function lexiconMatches(text: string): TermMatch[] {
  return typeof text === "string" && text.length > 0 ? lexiconMatchesOf(text, plan(text, scanGate(text)).regions) : [];
}

function collect(text: string, profile?: RuleProfiler): SafetyHit[] {
  if (typeof text !== "string" || text.length === 0) return [];
  let t = profile ? now() : 0;
  const grams = scanGate(text);
  if (profile) profile("safety:gate", now() - t);
  if (grams === null) return [];
  const { regions, patterns } = plan(text, grams);
  const hits: SafetyHit[] = [];
  for (const m of lexiconMatchesOf(text, regions, profile)) {
    const hit = lexiconHit(text, m);
    if (hit) hits.push(hit);
  }
  for (const p of patterns) {
    if (profile) t = now();
    patternHits(text, p, hits);
    if (profile) profile(`safety:${SAFETY_PATTERNS[p]?.name ?? p}`, now() - t);
  }
  return hits;
}

/** Per-category score: noisy-OR of its hits, so repeated slurs or several threats raise confidence (capped). */
export function scoreSafety(text: string): Record<SafetyCategory, number> {
  try {
    return categoryScores(collect(text));
  } catch {
    return categoryScores([]);
  }
}

function detect(text: string, options?: DetectOptions): Finding[] {
  try {
    return findingsFromHits(text, collect(text, options?.profile), options);
  } catch {
    return [];
  }
}

/** type = category (profanity, hate, sexual, violence, self_harm); score = that category's combined score. */
export const safetyDetector: Detector = { kind: "safety", ruleCount: LEXICON_TERMS.length + SAFETY_PATTERNS.length, detect };
