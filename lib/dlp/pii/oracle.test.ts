import { describe, expect, it } from "vitest";
import type { DetectOptions, Finding } from "../types";
import { contextMask } from "./context";
import { acceptMatch, DEFAULT_THRESHOLD, ruleContextBit, ruleEnabled, scoreMatch, toFindings, type Scored } from "./engine";
import { compilePii } from "./fast";
import { PII_RULES, piiDetector } from "./index";
import { oracleCorpus } from "./oracle-corpus";
import type { PiiRule } from "./rule";

/**
 * The plain engine the fast one must equal: every rule's regex over the whole text, one rule at a time, no
 * gates, prefilters or windows; each match goes through the same validation, context scoring and overlap code.
 */
function oracleDetect(rules: readonly PiiRule[], text: string, options?: DetectOptions): Finding[] {
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  const found: Scored[] = [];
  rules.forEach((rule, order) => {
    if (!ruleEnabled(rule, threshold, options?.only)) return;
    const regex = new RegExp(rule.regex.source, rule.regex.flags.includes("g") ? rule.regex.flags : `${rule.regex.flags}g`);
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        regex.lastIndex = start + 1;
        continue;
      }
      const got = acceptMatch(rule, text, start, end);
      if (got === null) {
        regex.lastIndex = rule.skipRejected ? end : start + 1;
        continue;
      }
      regex.lastIndex = end;
      scoreMatch(found, rule, order, got, text, threshold, (s, e) => contextMask(text, s, e), ruleContextBit(rule));
    }
  });
  return found.length === 0 ? [] : toFindings(text, found);
}

const show = (text: string, findings: Finding[]) => findings.map((f) => `${f.type} ${JSON.stringify(text.slice(f.start, f.end))}@${f.start} ${f.score}`);

/** Texts on which the fast engine and the oracle disagree (at most `limit`). */
function disagreements(detect: (text: string, options?: DetectOptions) => Finding[], texts: readonly string[], options?: DetectOptions, limit = 3) {
  const out: { text: string; fast: string[]; oracle: string[] }[] = [];
  for (const text of texts) {
    const fast = show(text, detect(text, options));
    const oracle = show(text, oracleDetect(PII_RULES, text, options));
    if (fast.join("\n") !== oracle.join("\n")) out.push({ text, fast, oracle });
    if (out.length >= limit) break;
  }
  return out;
}

const corpus = oracleCorpus(20240601, 600);

describe("fast PII engine vs plain oracle", () => {
  it("the generated corpus exercises every entity", () => {
    const seen = new Set<string>();
    for (const text of corpus) for (const f of oracleDetect(PII_RULES, text, { threshold: 0 })) seen.add(f.type);
    const missing = PII_RULES.map((r) => r.entity).filter((e) => !seen.has(e));
    expect(missing).toEqual([]);
  });

  it.each([undefined, 0, 0.3, 0.8])("finds exactly what the oracle finds (threshold %s)", (threshold) => {
    expect(disagreements(piiDetector.detect, corpus, threshold === undefined ? undefined : { threshold })).toEqual([]);
  });

  it("honours `only` like the oracle", () => {
    for (const only of [new Set(["PHONE_NUMBER"]), new Set(["US_SSN", "US_ITIN", "DATE_TIME"]), new Set(["IP_ADDRESS", "MAC_ADDRESS", "URL"])]) {
      expect(disagreements(piiDetector.detect, corpus.slice(0, 200), { only, threshold: 0.2 })).toEqual([]);
    }
  });

  it("detects a broken trigger (the test can fail)", () => {
    // Blind the fast engine to IPv4 first octets of two digits: it must now miss what the oracle finds.
    const broken = PII_RULES.map((r) => {
      const t = r.trigger;
      return r.id === "ipv4" && t.kind === "digits" ? { ...r, trigger: { ...t, token: (s: number, n: number, next: number) => n !== 2 && t.token(s, n, next) } } : r;
    });
    const engine = compilePii(broken);
    expect(disagreements(engine.detect, corpus, undefined, 1)).not.toEqual([]);
  });

  it("reports time per rule under stable ids when asked, and the same findings", () => {
    const text = corpus.join("\n");
    const seen = new Map<string, number>();
    const profiled = piiDetector.detect(text, { profile: (id, ms) => seen.set(id, (seen.get(id) ?? 0) + ms) });
    const known = new Set([...PII_RULES.map((r) => `pii:${r.id}`), "pii:gate"]);
    expect([...seen.keys()].filter((id) => !known.has(id))).toEqual([]);
    expect(seen.has("pii:gate") && seen.has("pii:phone") && seen.has("pii:email")).toBe(true);
    expect([...seen.values()].every((ms) => ms >= 0)).toBe(true);
    expect(profiled).toEqual(piiDetector.detect(text));
    expect(piiDetector.ruleCount).toBe(PII_RULES.length);
    expect(new Set(PII_RULES.map((r) => r.id)).size).toBe(PII_RULES.length);
  });
});
