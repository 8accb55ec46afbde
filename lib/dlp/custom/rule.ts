// Organization-defined rules: a regex, optional keywords that must occur nearby, an optional checksum.
// Patterns run on re2js (a linear-time RE2 port), so no pattern can hang a scan whatever the input; patterns
// that a backtracking engine would choke on are refused when saved anyway (lib/dlp/server/regex-safety.ts),
// because users also copy them into other tools.
import { RE2JS } from "re2js";
import { maskPreview, type Detector, type Finding, type FindingTags } from "../types";
import { CUSTOM_VALIDATORS, type CustomValidator } from "./validators";

export type CustomRuleSpec = {
  ruleId: string;
  pattern: string;
  caseInsensitive: boolean;
  keywords: readonly string[];
  validator: CustomValidator;
  score: number;
};

export type CompiledCustomRule = CustomRuleSpec & { re: RE2JS; lowerKeywords: string[] };

export const CUSTOM_TAGS: FindingTags = { owasp: ["LLM02"], atlas: [], nist: ["Data Privacy"] };
/** A keyword counts when it occurs within this many characters of the match. */
export const KEYWORD_WINDOW = 100;
const MAX_MATCHES_PER_RULE = 1000;

export type CompileResult = { ok: true; rule: CompiledCustomRule } | { ok: false; reason: string };

export function compileCustomRule(spec: CustomRuleSpec): CompileResult {
  try {
    const re = RE2JS.compile(spec.pattern, spec.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (re.matches("")) return { ok: false, reason: "The pattern matches the empty string, so it would match everywhere." };
    return { ok: true, rule: { ...spec, re, lowerKeywords: spec.keywords.map((k) => k.toLowerCase()) } };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, "") : "invalid pattern";
    return { ok: false, reason: `The pattern is not supported: ${detail} (lookarounds and backreferences are not allowed).` };
  }
}

function keywordNear(lower: string, keywords: readonly string[], start: number, end: number): boolean {
  if (keywords.length === 0) return true;
  const from = Math.max(0, start - KEYWORD_WINDOW);
  const to = Math.min(lower.length, end + KEYWORD_WINDOW);
  const window = lower.slice(from, to);
  return keywords.some((k) => window.includes(k));
}

// Offsets must stay aligned with the text: full Unicode lower-casing can change the length ("İ" → "i̇").
const lowerSameLength = (text: string) => {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
};

/** Runs one compiled rule over the text: every match that passes the keyword and checksum checks. */
export function matchCustomRule(rule: CompiledCustomRule, text: string, lower = lowerSameLength(text)): Finding[] {
  if (rule.lowerKeywords.length > 0 && !rule.lowerKeywords.some((k) => lower.includes(k))) return [];
  const findings: Finding[] = [];
  const matcher = rule.re.matcher(text);
  const check = CUSTOM_VALIDATORS[rule.validator].check;
  while (findings.length < MAX_MATCHES_PER_RULE && matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end <= start) continue;
    const value = text.slice(start, end);
    if (!keywordNear(lower, rule.lowerKeywords, start, end) || !check(value)) continue;
    findings.push({ detector: "custom", type: rule.ruleId, start, end, score: rule.score, preview: maskPreview(value), tags: CUSTOM_TAGS });
  }
  return findings;
}

/** A detector over an org's compiled rules; rules that fail to compile are left out by the caller. */
export function customDetector(rules: readonly CompiledCustomRule[]): Detector {
  return {
    kind: "custom",
    ruleCount: rules.length,
    detect(text, options = {}) {
      const lower = lowerSameLength(text);
      const threshold = options.threshold ?? 0;
      const findings: Finding[] = [];
      for (const rule of rules) {
        if (options.only && !options.only.has(rule.ruleId)) continue;
        if (rule.score < threshold) continue;
        findings.push(...matchCustomRule(rule, text, lower));
      }
      return findings.sort((a, b) => a.start - b.start);
    },
  };
}
