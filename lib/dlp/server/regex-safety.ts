// Save-time check of a custom rule's pattern: it must compile on re2js (what scans run) and recheck must prove
// it free of catastrophic backtracking (exponential or polynomial), because the same pattern ends up in other
// tools with backtracking engines. Unproven within the time budget counts as refused.
import { check } from "recheck";
import { compileCustomRule } from "../custom/rule";

const CHECK_TIMEOUT_MS = 2_000;

export type PatternVerdict = { ok: true } | { ok: false; reason: string };

export async function checkPatternSafety(pattern: string, caseInsensitive: boolean): Promise<PatternVerdict> {
  const compiled = compileCustomRule({ ruleId: "check", pattern, caseInsensitive, keywords: [], validator: "none", score: 1 });
  if (!compiled.ok) return compiled;
  const diagnostics = await check(pattern, caseInsensitive ? "i" : "", { timeout: CHECK_TIMEOUT_MS });
  if (diagnostics.status === "safe") return { ok: true };
  if (diagnostics.status === "vulnerable") {
    const kind = diagnostics.complexity.type === "exponential" ? "exponential" : `polynomial (degree ${diagnostics.complexity.degree})`;
    return { ok: false, reason: `The pattern can backtrack catastrophically (${kind} time on inputs like ${diagnostics.attack.pattern.slice(0, 80)}). Remove nested or overlapping repetition.` };
  }
  return { ok: false, reason: "The pattern could not be proven safe from catastrophic backtracking; simplify it." };
}
