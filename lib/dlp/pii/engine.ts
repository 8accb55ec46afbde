import { maskPreview, type DetectOptions, type Finding, type FindingTags } from "../types";
import { boosted, hasContext } from "./context";
import type { Candidate, PiiRule } from "./rule";

export const PII_TAGS: FindingTags = { owasp: ["LLM02"], atlas: ["AML.T0057"], nist: ["Data Privacy"] };
export const DEFAULT_THRESHOLD = 0.5;
const MAX_MATCHES_PER_RULE = 5000;

type Scored = Candidate & { entity: string };

function regexCandidates(rule: PiiRule, regex: RegExp, text: string): Candidate[] {
  const out: Candidate[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null && out.length < MAX_MATCHES_PER_RULE) {
    const span = m.indices?.[1];
    const start = span ? span[0] : m.index;
    const value = span ? text.slice(span[0], span[1]) : m[0];
    if (m[0].length === 0) regex.lastIndex++;
    if (value.length === 0) continue;
    const end = start + value.length;
    let score = rule.score;
    if (rule.validate) {
      const verdict = rule.validate(value, text, start, end);
      if (verdict === false) {
        // A rejected match may hide a valid one starting inside it.
        regex.lastIndex = m.index + 1;
        continue;
      }
      score = verdict === true ? 1 : typeof verdict === "number" ? verdict : score;
    }
    out.push({ start, end, score });
  }
  regex.lastIndex = 0;
  return out;
}

function ruleCandidates(rule: PiiRule, text: string, threshold: number): Scored[] {
  if (rule.prefilter && !rule.prefilter(text)) return [];
  const context = rule.context ?? [];
  const canBoost = context.length > 0;
  const maxScore = rule.maxScore ?? 1;
  if (maxScore < threshold && (!canBoost || boosted(maxScore) < threshold)) return [];
  const raw = rule.scan ? rule.scan(text) : rule.regex ? regexCandidates(rule, rule.regex, text) : [];
  const out: Scored[] = [];
  for (const c of raw) {
    let score = c.score;
    if (score < 1 && canBoost && boosted(score) >= threshold && hasContext(text, c.start, c.end, context)) score = boosted(score);
    if (score >= threshold) out.push({ ...c, score, entity: rule.entity });
  }
  return out;
}

/** Keeps the best finding of each overlapping cluster: higher score first, then the longer span. */
function resolveOverlaps(found: Scored[]): Scored[] {
  const ranked = [...found].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
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

export function runRules(rules: readonly PiiRule[], text: string, options?: DetectOptions): Finding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  const found: Scored[] = [];
  for (const rule of rules) {
    if (options?.only && !options.only.has(rule.entity)) continue;
    try {
      for (const c of ruleCandidates(rule, text, threshold)) {
        if (c.start >= 0 && c.end <= text.length && c.start < c.end) found.push(c);
      }
    } catch {
      // A rule must never take the scan down; skipping it is the safe degradation.
    }
  }
  return resolveOverlaps(found).map((f) => ({
    detector: "pii",
    type: f.entity,
    start: f.start,
    end: f.end,
    score: Math.round(f.score * 100) / 100,
    preview: maskPreview(text.slice(f.start, f.end)),
    tags: PII_TAGS,
  }));
}
