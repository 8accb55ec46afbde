// The fast detector (keyword automaton, anchored sticky regexes, prechecks) must find exactly what a plain oracle
// finds: every rule's regex run over the whole text, one rule at a time, with no gate, window or precheck, its
// matches fed to the same validation code (gitleaks keyword condition, entropy, dummy filter, rule checks, score).
import { describe, expect, it } from "vitest";
import type { Finding } from "../types";
import { secretDetector, SECRET_RULES } from "./index";
import { findingFor, hasKeyword, MAX_MATCHES_PER_RULE, resolveOverlaps } from "./match";
import { oracleCorpus } from "./oracle-corpus";

function oracleDetect(text: string, threshold = 0.5): Finding[] {
  const findings: Finding[] = [];
  for (const rule of SECRET_RULES) {
    const re = new RegExp(rule.regex.source, rule.regex.flags);
    let count = 0;
    let m: RegExpExecArray | null;
    while (count < MAX_MATCHES_PER_RULE && (m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      if (!hasKeyword(rule, text)) continue; // the rule's keyword condition, checked per match
      const f = findingFor(rule, text, m, threshold);
      if (f !== null) {
        findings.push(f);
        count++;
      }
    }
  }
  return resolveOverlaps(findings);
}

const corpus = oracleCorpus(20_240_611, 500);
const brief = (fs: Finding[]) => fs.map((f) => `${f.type}@${f.start}-${f.end}:${f.score}`);

describe("secret detector equals the one-regex-at-a-time oracle", () => {
  it("on a generated corpus of keys, near misses, log lines and assignments", () => {
    const types = new Map<string, number>();
    let total = 0;
    corpus.forEach((text, i) => {
      const expected = brief(oracleDetect(text));
      expect(brief(secretDetector.detect(text)), `text #${i}: ${JSON.stringify(text).slice(0, 300)}`).toEqual(expected);
      for (const f of oracleDetect(text, 0)) types.set(f.type, (types.get(f.type) ?? 0) + 1);
      total += expected.length;
    });
    // The corpus must exercise the detector, not just agree on empty results.
    expect(total).toBeGreaterThan(400);
    expect(types.size).toBeGreaterThan(150);
    for (const id of SECRET_RULES.filter((r) => r.anchors || r.precheck).map((r) => r.id)) {
      expect(types.get(id) ?? 0, `${id} never found: the corpus does not test its fast path`).toBeGreaterThan(0);
    }
  }, 60_000);

  it("at threshold 0 and with full findings (previews, tags)", () => {
    for (const text of corpus.slice(0, 200)) {
      expect(secretDetector.detect(text, { threshold: 0 })).toEqual(oracleDetect(text, 0));
    }
  }, 60_000);

  it("at the boundaries of the generic rule's name/operator shape (anchored sticky runs)", () => {
    const quotes = ["", " ", "  ", '"', "'\"", " \t ", "\u00a0\u2028\ufeff", "    ", "\"'\" "];
    const ops = ["=", ":", "::=", "=>", "?=", ".=", "==", "!==", "||", ",", "(", ">", "!", "?", "|", "."];
    let found = 0;
    for (const a of [0, 1, 19, 20, 21])
      for (const b of [-1, 0, 1, 11, 12, 13])
        for (const q of quotes)
          for (const op of ops) {
            const name = `token${"x".repeat(a)}${b > 0 ? ` ${"y".repeat(b)}` : ""}${b === -1 ? ".x" : ""}`;
            const text = `${name}${q}${op}Zq7pL2vX9mKcQw3rTy8u and ${name.toUpperCase()}\t${q}${op}${q}'Aa0.Bb1-Cc2_Dd3~' `;
            const expected = brief(oracleDetect(text));
            found += expected.length;
            expect(brief(secretDetector.detect(text)), JSON.stringify(text)).toEqual(expected);
          }
    expect(found).toBeGreaterThan(200);
  }, 60_000);

  it("on texts that repeat anchors many times (match caps, overlapping anchors)", () => {
    const generic = `api_key=${"a1B2c3D4e5F6g7H8".repeat(2)} `;
    const texts = [
      generic.repeat(250),
      "token ".repeat(2000),
      `${"s.".repeat(500)}s.AbCdEfGhIjKlMnOpQrStUvW1`,
      "passwordpasswordpassword=Zq7pL2vX9mKc!",
      "apikeytoken_secret_key = 'Zq7pL2vX9mKcQw3rTy8u'",
      "aws aws_secret aws_secret_access_key = AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/Ab",
    ];
    for (const text of texts) expect(brief(secretDetector.detect(text))).toEqual(brief(oracleDetect(text)));
  }, 60_000);
});
