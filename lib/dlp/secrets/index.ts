// Secret detector: gitleaks-compatible rule ids, keyword prefilter, entropy and placeholder checks.
import { maskPreview, type DetectOptions, type Detector, type Finding } from "../types";
import { looksLikePlaceholder, shannonEntropy } from "./entropy";
import { buildKeywordIndex } from "./prefilter";
import type { SecretRule } from "./rule";
import { SECRET_RULES } from "./rules";

export { SECRET_RULES } from "./rules";
export type { SecretRule } from "./rule";

const DEFAULT_THRESHOLD = 0.5;
/** Hard cap per rule so a pathological input (thousands of tokens) stays bounded. */
const MAX_MATCHES_PER_RULE = 200;

const keywordList: string[] = [];
const keywordId = new Map<string, number>();
const ruleKeywordIds: number[][] = SECRET_RULES.map((r) =>
  r.keywords.map((kw) => {
    let id = keywordId.get(kw);
    if (id === undefined) {
      id = keywordList.length;
      keywordList.push(kw);
      keywordId.set(kw, id);
    }
    return id;
  }),
);
const keywordIndex = buildKeywordIndex(keywordList);

function secretSpan(rule: SecretRule, m: RegExpExecArray): [number, number] | null {
  const groups = typeof rule.secretGroup === "number" ? [rule.secretGroup] : rule.secretGroup;
  for (const g of groups) {
    const span = m.indices?.[g];
    if (span) return [span[0], span[1]];
  }
  return null;
}

function runRule(rule: SecretRule, text: string, threshold: number, out: Finding[]): void {
  const re = rule.regex;
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && count < MAX_MATCHES_PER_RULE) {
    if (m[0].length === 0) re.lastIndex++;
    const span = secretSpan(rule, m);
    if (!span || span[1] <= span[0]) continue;
    const [start, end] = span;
    const secret = text.slice(start, end);
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) continue;
    const context = { text, start, end, match: m };
    if (rule.score >= 1 && isObviousDummy(secret)) continue;
    if (rule.validate && !rule.validate(secret, context)) continue;
    const score = rule.rescore ? rule.rescore(secret, context) : rule.score;
    if (score < threshold) continue;
    count++;
    out.push({ detector: "secret", type: rule.id, start, end, score, preview: maskPreview(secret), tags: rule.tags });
  }
  re.lastIndex = 0;
}

/** Prefixed tokens padded with x's / repeated chars ("ghp_xxxx…", "AKIAXXXXXXXXXXXXXXXX") are documentation. */
function isObviousDummy(secret: string): boolean {
  const body = secret.replace(/^[A-Za-z0-9]{1,12}[_\-.~]/, "");
  return /(?:x{6,}|X{6,}|\*{4,}|0{8,})/.test(body) || (body.length >= 8 && /^(.)\1+$/.test(body)) || looksLikePlaceholder(body.slice(0, 12));
}

/** Keeps the strongest finding where findings overlap (a github-pat inside a generic assignment, …). */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function detect(text: string, options: DetectOptions = {}): Finding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const seen = keywordIndex.scan(text.toLowerCase());
  const findings: Finding[] = [];
  SECRET_RULES.forEach((rule, i) => {
    if (options.only && !options.only.has(rule.id)) return;
    if (!(ruleKeywordIds[i] ?? []).some((id) => seen[id] === 1)) return;
    try {
      runRule(rule, text, threshold, findings);
    } catch {
      rule.regex.lastIndex = 0; // a failing rule must not hide the others' findings
    }
  });
  return resolveOverlaps(findings.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end));
}

export const secretDetector: Detector = { kind: "secret", ruleCount: SECRET_RULES.length, detect };
