import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCustomRule, customDetector, matchCustomRule, type CustomRuleSpec } from "./rule";

const spec = (over: Partial<CustomRuleSpec> = {}): CustomRuleSpec => ({
  ruleId: "acme-employee-id", pattern: "EMP-[0-9]{6}", caseInsensitive: false, keywords: [], validator: "none", score: 0.8, ...over,
});
const compiled = (over: Partial<CustomRuleSpec> = {}) => {
  const result = compileCustomRule(spec(over));
  if (!result.ok) throw new Error(result.reason);
  return result.rule;
};

describe("custom rules", () => {
  it("finds every match with its span and a masked preview", () => {
    const text = "badge EMP-123456 and EMP-654321; not EMP-12";
    const found = matchCustomRule(compiled(), text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["EMP-123456", "EMP-654321"]);
    expect(found[0]).toMatchObject({ detector: "custom", type: "acme-employee-id", score: 0.8, preview: "EM…**" });
  });

  it("honours case-insensitivity and keeps UTF-16 offsets right after astral characters", () => {
    const text = "😀 emp-000111";
    const [f] = matchCustomRule(compiled({ caseInsensitive: true }), text);
    expect(text.slice(f!.start, f!.end)).toBe("emp-000111");
    expect(matchCustomRule(compiled(), text)).toEqual([]);
  });

  it("needs a keyword near the match when keywords are given", () => {
    const rule = compiled({ keywords: ["Badge"] });
    expect(matchCustomRule(rule, "badge: EMP-123456")).toHaveLength(1);
    expect(matchCustomRule(rule, `EMP-123456 ${"x".repeat(300)} badge`)).toHaveLength(0);
    expect(matchCustomRule(rule, "EMP-123456")).toHaveLength(0);
  });

  it("applies the checksum validator", () => {
    const rule = compiled({ pattern: "\\b[0-9]{16}\\b", validator: "luhn" });
    expect(matchCustomRule(rule, "4111111111111111 4111111111111112").map((f) => f.preview)).toEqual(["4111…1111"]);
  });

  it("refuses lookarounds, backreferences, invalid syntax and empty matches with a reason", () => {
    for (const pattern of ["(?<=a)b", "(a)\\1", "[a-", "x*"]) {
      const result = compileCustomRule(spec({ pattern }));
      expect(result.ok, pattern).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it("runs a pattern that backtracks catastrophically elsewhere in linear time", () => {
    const rule = compiled({ pattern: "(a+)+b" });
    const started = performance.now();
    expect(matchCustomRule(rule, `${"a".repeat(100_000)}c`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("never throws and keeps spans inside the text (property)", () => {
    const detector = customDetector([compiled(), compiled({ ruleId: "word", pattern: "[A-Za-z]{3,}", keywords: ["x"] })]);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      for (const f of detector.detect(text)) expect(f.start >= 0 && f.start < f.end && f.end <= text.length).toBe(true);
    }), { seed: 7, numRuns: 300 });
  });
});
