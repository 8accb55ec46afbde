// What happens to a rule's raw regex match, shared by the fast engine (fast.ts) and the plain oracle of the tests:
// validation or refinement into candidates, context scoring, overlap resolution, findings.
import { maskPreview, type Finding, type FindingTags } from "../types";
import { boosted, contextBit } from "./context";
import type { Candidate, PiiRule } from "./rule";

export const PII_TAGS: FindingTags = { owasp: ["LLM02"], atlas: ["AML.T0057"], nist: ["Data Privacy"] };
export const DEFAULT_THRESHOLD = 0.5;

// Local bindings for per-match code (see rule.ts).
const [boost, preview] = [boosted, maskPreview];

export type Scored = Candidate & { entity: string; order: number };
/** Context bits of the tokens around a span (contextMask, possibly cached). */
export type ContextOf = (start: number, end: number) => number;

/** False when the rule cannot report anything: filtered out, or even a boosted score stays under the threshold. */
export function ruleEnabled(rule: PiiRule, threshold: number, only: ReadonlySet<string> | undefined): boolean {
  if (only && !only.has(rule.entity)) return false;
  const maxScore = rule.maxScore ?? 1;
  const canBoost = (rule.context?.length ?? 0) > 0;
  return !(maxScore < threshold && (!canBoost || boosted(maxScore) < threshold));
}

/** Candidates of one raw match, or null when the rule rejects it (a validator that throws rejects too). */
export function acceptMatch(rule: PiiRule, text: string, start: number, end: number): Candidate | Candidate[] | null {
  try {
    if (rule.refine) {
      const refined = rule.refine(text, start, end);
      return refined && refined.length > 0 ? refined : null;
    }
    let score = rule.score;
    if (rule.validate) {
      const verdict = rule.validate(text.slice(start, end), text, start, end);
      if (verdict === false) return null;
      score = verdict === true ? 1 : typeof verdict === "number" ? verdict : score;
    }
    return { start, end, score };
  } catch {
    return null;
  }
}

/** The context bit of a rule (contextBit of its words; 0 without words). */
export const ruleContextBit = (rule: PiiRule) => (rule.context ? contextBit(rule.context) : 0);

function scoreInto(found: Scored[], rule: PiiRule, order: number, c: Candidate, text: string, threshold: number, contextOf: ContextOf, bit: number): void {
  if (!(c.start >= 0 && c.end <= text.length && c.start < c.end)) return;
  let score = c.score;
  if (score < 1 && bit !== 0 && boost(score) >= threshold && (contextOf(c.start, c.end) & bit) !== 0) score = boost(score);
  if (score >= threshold) found.push({ start: c.start, end: c.end, score, entity: rule.entity, order });
}

/** Scores accepted candidates (context boost, threshold) into `found`; `bit` is ruleContextBit(rule). */
export function scoreMatch(found: Scored[], rule: PiiRule, order: number, got: Candidate | Candidate[], text: string, threshold: number, contextOf: ContextOf, bit: number): void {
  if (Array.isArray(got)) for (const c of got) scoreInto(found, rule, order, c, text, threshold, contextOf, bit);
  else scoreInto(found, rule, order, got, text, threshold, contextOf, bit);
}

/** Keeps the best finding of each overlapping cluster: higher score, then the longer span, then the earlier rule. */
function resolveOverlaps(found: Scored[]): Scored[] {
  if (found.length < 2) return found;
  const ranked = [...found].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  // `kept` stays sorted by start and non-overlapping, so only the neighbours of the insertion point can clash.
  const kept: Scored[] = [];
  for (const f of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid]?.start ?? 0) < f.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > f.start) || (after && after.start < f.end)) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}

export function toFindings(text: string, found: Scored[]): Finding[] {
  return resolveOverlaps(found).map((f) => ({
    detector: "pii",
    type: f.entity,
    start: f.start,
    end: f.end,
    score: Math.round(f.score * 100) / 100,
    preview: preview(text.slice(f.start, f.end)),
    tags: PII_TAGS,
  }));
}
