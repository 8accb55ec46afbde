// Runs every signal family and combines their weights into one injection score.
import { DELIMITER_RULES } from "./rules-delimiter";
import { EXTRACTION_RULES } from "./rules-extraction";
import { OVERRIDE_RULES } from "./rules-override";
import { PERSONA_RULES } from "./rules-persona";
import { EXFILTRATION_RULES, exfiltrationSignals } from "./exfiltration";
import { obfuscationSignals } from "./obfuscation";
import { compileRules, lowerSameLength, runRules, type Signal, type SignalId } from "./signal";
import { invisibleSignals } from "./unicode";

export type { Signal, SignalId } from "./signal";

export type InjectionScore = { score: number; signals: Signal[] };

export const INJECTION_RULE_COUNT = OVERRIDE_RULES.length + PERSONA_RULES.length + EXTRACTION_RULES.length + DELIMITER_RULES.length + EXFILTRATION_RULES.length + 2; // + obfuscation, invisible
const TEXT_RULES = compileRules([...OVERRIDE_RULES, ...PERSONA_RULES, ...EXTRACTION_RULES, ...DELIMITER_RULES, ...EXFILTRATION_RULES]);
// Decoded payloads are short and already suspicious; re-check them with the phrase families only.
const RECHECK_RULES = compileRules([...OVERRIDE_RULES, ...PERSONA_RULES, ...EXTRACTION_RULES]);

const recheck = (text: string) => runRules(text, lowerSameLength(text), RECHECK_RULES);

/** Keeps, per signal id, the heaviest of any overlapping spans (so two rules on one phrase count once). */
function dedupe(signals: Signal[]): Signal[] {
  const kept: Signal[] = [];
  for (const s of [...signals].sort((a, b) => b.weight - a.weight || a.start - b.start)) {
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

export function collectSignals(text: string, only?: ReadonlySet<string>): Signal[] {
  const lower = lowerSameLength(text);
  const base = [...runRules(text, lower, TEXT_RULES), ...exfiltrationSignals(text, lower), ...invisibleSignals(text)];
  const all = [...base, ...obfuscationSignals(text, lower, base, recheck)];
  const wanted = only ? all.filter((s) => only.has(s.id)) : all;
  return dedupe(wanted.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end));
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
