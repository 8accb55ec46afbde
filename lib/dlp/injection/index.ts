// Prompt-injection / jailbreak / system-prompt-extraction detector built from independent weighted signals.
import { maskPreview, type DetectOptions, type Detector, type Finding, type FindingTags } from "../types";
import { INJECTION_RULE_COUNT, collectSignals, combine, type Signal } from "./score";

export { scoreInjection, type InjectionScore, type Signal, type SignalId } from "./score";

export const DEFAULT_INJECTION_THRESHOLD = 0.5;

const NIST = ["Information Integrity", "Information Security"];

function tagsFor(signal: Signal): FindingTags {
  const owasp = ["LLM01"];
  const atlas = ["AML.T0051"];
  if (signal.id === "system_prompt_extraction") owasp.push("LLM07");
  if (signal.id === "markdown_exfiltration") owasp.push("LLM02");
  if (signal.id === "jailbreak_persona") atlas.push("AML.T0054");
  return { owasp, atlas, nist: [...NIST] };
}

function detect(text: string, options?: DetectOptions): Finding[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    const signals = collectSignals(text, options?.only, options?.profile);
    const score = combine(signals);
    if (signals.length === 0 || score < (options?.threshold ?? DEFAULT_INJECTION_THRESHOLD)) return [];
    return signals.map((s) => ({
      detector: "injection",
      type: s.id,
      start: s.start,
      end: s.end,
      score,
      preview: maskPreview(text.slice(s.start, s.end)),
      tags: tagsFor(s),
    }));
  } catch {
    return [];
  }
}

/** Reports every signal span (type = signal id, score = combined score) once the combined score reaches the threshold. */
export const injectionDetector: Detector = { kind: "injection", ruleCount: INJECTION_RULE_COUNT, detect };
