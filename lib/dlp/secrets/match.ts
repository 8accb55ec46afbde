// What turns one regex match into a finding, shared by the fast detector and the plain oracle in the tests.
import { maskPreview, type Finding } from "../types";
import { looksLikePlaceholder, shannonEntropy } from "./entropy";
import type { SecretRule } from "./rule";

/** Hard cap per rule so a pathological input (thousands of tokens) stays bounded. */
export const MAX_MATCHES_PER_RULE = 200;

/**
 * gitleaks semantics: a rule only applies to a text that contains one of its keywords (ASCII letters compared
 * case-insensitively). The fast detector gets this from its keyword automaton; the oracle asks this function.
 */
export function hasKeyword(rule: SecretRule, text: string): boolean {
  return rule.keywords.some((k) => keywordRegex(k).test(text));
}

const keywordRegexes = new Map<string, RegExp>();
function keywordRegex(keyword: string): RegExp {
  let re = keywordRegexes.get(keyword);
  if (!re) {
    // Without the "u" flag, "i" folds ASCII letters only against ASCII letters: the automaton's own rule.
    re = new RegExp(keyword.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"), "i");
    keywordRegexes.set(keyword, re);
  }
  return re;
}

function secretSpan(rule: SecretRule, m: RegExpExecArray): [number, number] | null {
  const groups = typeof rule.secretGroup === "number" ? [rule.secretGroup] : rule.secretGroup;
  for (const g of groups) {
    const span = m.indices?.[g];
    if (span) return [span[0], span[1]];
  }
  return null;
}

/** Prefixed tokens padded with x's / repeated chars ("ghp_xxxx…", "AKIAXXXXXXXXXXXXXXXX") are documentation. */
export function isObviousDummy(secret: string): boolean {
  const body = secret.replace(/^[A-Za-z0-9]{1,12}[_\-.~]/, "");
  return /(?:x{6,}|X{6,}|\*{4,}|0{8,})/.test(body) || (body.length >= 8 && /^(.)\1+$/.test(body)) || looksLikePlaceholder(body.slice(0, 12));
}

/** Validates one match of `rule` (entropy, dummy values, the rule's own checks, threshold); null when rejected. */
export function findingFor(rule: SecretRule, text: string, m: RegExpExecArray, threshold: number): Finding | null {
  const span = secretSpan(rule, m);
  if (!span || span[1] <= span[0] || span[0] < 0 || span[1] > text.length) return null;
  const [start, end] = span;
  const secret = text.slice(start, end);
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return null;
  if (rule.score >= 1 && isObviousDummy(secret)) return null;
  const context = { text, start, end, match: m };
  if (rule.validate && !rule.validate(secret, context)) return null;
  const score = rule.rescore ? rule.rescore(secret, context) : rule.score;
  if (score < threshold) return null;
  return { detector: "secret", type: rule.id, start, end, score, preview: maskPreview(secret), tags: rule.tags };
}

/** Keeps the strongest finding where findings overlap (a github-pat inside a generic assignment, …). */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length <= 1) return findings;
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
