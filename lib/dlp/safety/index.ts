// Content-safety detector: profanity and sexual terms via the `obscenity` matcher (its English dataset, with leet,
// look-alike and repetition handling), plus phrase patterns for violence, hate and self-harm (patterns.ts).
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { maskPreview, type DetectOptions, type Detector, type Finding, type FindingTags } from "../types";
import { LEXICON_WORDS, lexiconEntry, type SafetyCategory } from "./lexicon";
import { SAFETY_PATTERNS } from "./patterns";

export type { SafetyCategory } from "./lexicon";
export const DEFAULT_SAFETY_THRESHOLD = 0.5;

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

// NIST AI 600-1 risk names per category; OWASP LLM05 (improper output handling) for all; no ATLAS technique applies.
const NIST: Record<SafetyCategory, string[]> = {
  hate: ["Harmful Bias and Homogenization", "Dangerous, Violent, or Hateful Content"],
  violence: ["Dangerous, Violent, or Hateful Content"],
  self_harm: ["Dangerous, Violent, or Hateful Content"],
  sexual: ["Obscene, Degrading, and/or Abusive Content"],
  profanity: ["Obscene, Degrading, and/or Abusive Content"],
};
const tagsFor = (category: SafetyCategory): FindingTags => ({ owasp: ["LLM05"], atlas: [], nist: [...NIST[category]] });

type Hit = { category: SafetyCategory; start: number; end: number; score: number };

// obscenity's matcher costs milliseconds per 16 KB, so it only runs in windows around places that could match:
// a dataset word, a non-ASCII character (look-alikes such as "ƒ") or a symbol/digit inside a word (leet, "f.u.c.k").
// Stretched words ("fuuuck") are caught only when one of those also occurs nearby. The same single gate pass
// finds the keywords of the phrase patterns, so ordinary text costs one native regex scan.
const WINDOW = 64;
const MAX_GATE_HITS = 256;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const OWN_KEYWORDS = new Map<string, number[]>();
SAFETY_PATTERNS.forEach((pattern, i) => pattern.keywords.forEach((k) => OWN_KEYWORDS.set(k, [...(OWN_KEYWORDS.get(k) ?? []), i])));
// The gate reports the longest alternative at a position, so a hit also triggers patterns keyed by its prefixes.
const PATTERN_KEYWORDS = new Map<string, number[]>(
  [...OWN_KEYWORDS.keys()].map((k) => [k, [...OWN_KEYWORDS].filter(([p]) => k.startsWith(p)).flatMap(([, ids]) => ids)]),
);
const GATE = new RegExp(
  [...[...PATTERN_KEYWORDS.keys(), ...LEXICON_WORDS].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, "\\s*")), "[^\\x00-\\x7f]", "[a-z][0-9@$!|*._-]+[a-z]"].join("|"),
  "g",
);

type Gate = { windows: [number, number][]; patterns: Set<number> };

function scanGate(lower: string): Gate {
  const windows: [number, number][] = [];
  const patterns = new Set<number>();
  GATE.lastIndex = 0;
  let count = 0;
  for (let m = GATE.exec(lower); m !== null && count < MAX_GATE_HITS; m = GATE.exec(lower), count++) {
    PATTERN_KEYWORDS.get(m[0])?.forEach((i) => patterns.add(i));
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(lower.length, m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    GATE.lastIndex = m.index + 1; // overlapping alternatives ("suicide" hides "suicid...") must still be seen
  }
  GATE.lastIndex = 0;
  // Past the cap, scan the rest whole (and run every pattern) rather than miss anything.
  if (count >= MAX_GATE_HITS) {
    windows.push([windows[windows.length - 1]?.[1] ?? 0, lower.length]);
    SAFETY_PATTERNS.forEach((_, i) => patterns.add(i));
  }
  return { windows, patterns };
}

function lexiconHits(text: string, windows: readonly [number, number][]): Hit[] {
  const hits: Hit[] = [];
  for (const [ws, we] of windows) {
    for (const match of matcher.getAllMatches(text.slice(ws, we), true)) {
      const { phraseMetadata, startIndex, endIndex } = englishDataset.getPayloadWithPhraseMetadata(match);
      const { category, score } = lexiconEntry(phraseMetadata?.originalWord ?? "");
      hits.push({ category, score, start: ws + startIndex, end: Math.min(text.length, ws + endIndex + 1) });
    }
  }
  return hits;
}

function patternHits(text: string, triggered: ReadonlySet<number>): Hit[] {
  const hits: Hit[] = [];
  for (const i of triggered) {
    const pattern = SAFETY_PATTERNS[i];
    if (!pattern) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      if (m[0].length === 0) pattern.re.lastIndex++;
      else hits.push({ category: pattern.category, score: pattern.score, start: m.index, end: m.index + m[0].length });
    }
    pattern.re.lastIndex = 0;
  }
  return hits;
}

/** Per-category score: noisy-OR of its hits, so repeated slurs or several threats raise confidence (capped). */
export function scoreSafety(text: string): Record<SafetyCategory, number> {
  const scores: Record<SafetyCategory, number> = { profanity: 0, hate: 0, sexual: 0, violence: 0, self_harm: 0 };
  for (const hit of collect(text)) scores[hit.category] = 1 - (1 - scores[hit.category]) * (1 - hit.score);
  for (const c of Object.keys(scores) as SafetyCategory[]) scores[c] = Math.round(Math.min(0.99, scores[c]) * 10_000) / 10_000;
  return scores;
}

function collect(text: string): Hit[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const full = text.toLowerCase();
  const lower = full.length === text.length ? full : text.replace(/[A-Z]+/g, (u) => u.toLowerCase());
  const gate = scanGate(lower);
  return [...lexiconHits(text, gate.windows), ...patternHits(text, gate.patterns)].filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
}

function detect(text: string, options?: DetectOptions): Finding[] {
  try {
    const threshold = options?.threshold ?? DEFAULT_SAFETY_THRESHOLD;
    const hits = collect(text).filter((h) => !options?.only || options.only.has(h.category));
    const scores = new Map<SafetyCategory, number>();
    for (const h of hits) scores.set(h.category, 1 - (1 - (scores.get(h.category) ?? 0)) * (1 - h.score));
    return hits
      .map((h) => ({ h, score: Math.round(Math.min(0.99, scores.get(h.category) ?? 0) * 10_000) / 10_000 }))
      .filter(({ score }) => score >= threshold)
      .sort((a, b) => a.h.start - b.h.start || a.h.end - b.h.end)
      .map(({ h, score }) => ({ detector: "safety", type: h.category, start: h.start, end: h.end, score, preview: maskPreview(text.slice(h.start, h.end)), tags: tagsFor(h.category) }));
  } catch {
    return [];
  }
}

/** type = category (profanity, hate, sexual, violence, self_harm); score = that category's combined score. */
export const safetyDetector: Detector = { kind: "safety", ruleCount: englishDataset.build().blacklistedTerms.length + SAFETY_PATTERNS.length, detect };
