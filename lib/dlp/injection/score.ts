// Runs every signal family and combines their weights into one injection score.
import { DELIMITER_RULES } from "./rules-delimiter";
import { EXTRACTION_RULES } from "./rules-extraction";
import { OVERRIDE_RULES } from "./rules-override";
import { PERSONA_RULES } from "./rules-persona";
import { EXFILTRATION_RULES, exfiltrationSignals } from "./exfiltration";
import { obfuscationSignals, type Recheck } from "./obfuscation";
import { scanLower, type LowerScan } from "./keyword-gate";
import { compileRules, lowerSameLength, runRules, runTriggered, type Rule, type Signal, type SignalId } from "./signal";
import type { RuleProfiler } from "../types";
import { LEET_PROBES } from "./leet";
import { invisibleSignals } from "./unicode";

export type { Signal, SignalId } from "./signal";

export type InjectionScore = { score: number; signals: Signal[] };

export const INJECTION_RULE_COUNT = OVERRIDE_RULES.length + PERSONA_RULES.length + EXTRACTION_RULES.length + DELIMITER_RULES.length + EXFILTRATION_RULES.length + 2; // + obfuscation, invisible
export const TEXT_RULE_LIST: readonly Rule[] = [...OVERRIDE_RULES, ...PERSONA_RULES, ...EXTRACTION_RULES, ...DELIMITER_RULES, ...EXFILTRATION_RULES];
// Decoded payloads are short and already suspicious; re-check them with the phrase families only.
export const RECHECK_RULE_LIST: readonly Rule[] = [...OVERRIDE_RULES, ...PERSONA_RULES, ...EXTRACTION_RULES];
const TEXT_RULES = compileRules(TEXT_RULE_LIST, LEET_PROBES);
const RECHECK_RULES = compileRules(RECHECK_RULE_LIST);

const recheck = (text: string) => runRules(text, lowerSameLength(text), RECHECK_RULES);
const now = () => performance.now();

const heaviestFirst = (a: Signal, b: Signal) => b.weight - a.weight || a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** Keeps, per signal id, the heaviest of any overlapping spans (so two rules on one phrase count once). */
function dedupe(signals: Signal[]): Signal[] {
  const kept: Signal[] = [];
  for (const s of [...signals].sort(heaviestFirst)) {
    if (!kept.some((k) => k.id === s.id && k.start < s.end && s.start < k.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Noisy-OR over rules: 1 - Π(1 - w) where each rule contributes its heaviest match once (a phrase repeated thirty
 * times is still one piece of evidence), capped below 1 because no pattern set is certain.
 */
export function combine(signals: readonly Signal[]): number {
  const perRule = new Map<string, number>();
  for (const s of signals) perRule.set(s.rule, Math.max(perRule.get(s.rule) ?? 0, s.weight));
  let miss = 1;
  for (const w of perRule.values()) miss *= 1 - Math.min(Math.max(w, 0), 1);
  return Math.round(Math.min(0.99, 1 - miss) * 10_000) / 10_000;
}

/** One pass over the lower-cased text: rule keywords, leetspeak trigger words, non-ASCII presence. */
export const scanText = (lower: string): LowerScan => scanLower(lower, TEXT_RULES.keywords);

/**
 * The whole pipeline given the text-rule signals: markdown exfiltration, invisible characters, then obfuscated
 * payloads (decoded and re-checked with `recheckDecoded`), filtered by `only` and de-duplicated.
 */
export function assembleSignals(
  text: string,
  lower: string,
  scan: LowerScan,
  ruleSignals: readonly Signal[],
  recheckDecoded: Recheck,
  only?: ReadonlySet<string>,
  profile?: RuleProfiler,
): Signal[] {
  let t = profile ? now() : 0;
  const all = [...ruleSignals];
  for (const s of exfiltrationSignals(text, lower)) all.push(s);
  if (profile) [t] = [now(), profile("injection:exfiltration", now() - t)];
  if (scan.nonAscii) for (const s of invisibleSignals(text)) all.push(s);
  if (profile) [t] = [now(), profile("injection:invisible", now() - t)];
  for (const s of obfuscationSignals(text, lower, scan, all.slice(), recheckDecoded)) all.push(s);
  if (profile) profile("injection:obfuscation", now() - t);
  if (all.length === 0) return all;
  const wanted = only ? all.filter((s) => only.has(s.id)) : all;
  return dedupe(wanted.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end));
}

export function collectSignals(text: string, only?: ReadonlySet<string>, profile?: RuleProfiler): Signal[] {
  const lower = lowerSameLength(text);
  const t = profile ? now() : 0;
  const scan = scanText(lower);
  if (profile) profile("injection:gate", now() - t);
  return assembleSignals(text, lower, scan, runTriggered(text, scan.keywords, TEXT_RULES, profile), recheck, only, profile);
}

/** Injection likelihood of `text` in [0, 1] and the weighted spans behind it (for UIs and evaluation). */
export function scoreInjection(text: string): { score: number; signals: { id: SignalId; rule: string; weight: number; start: number; end: number }[] } {
  try {
    const signals = collectSignals(text);
    return { score: combine(signals), signals };
  } catch {
    return { score: 0, signals: [] };
  }
}
