import { describe, expect, it } from "vitest";
import { SECRET_RULES, secretDetector } from "./secrets";
import { warmUpDlp, warmUpSamples } from "./warm-up";

describe("warmUpDlp", () => {
  it("selects every secret rule, so each rule's regex is compiled before the first real scan", () => {
    const ran = new Set<string>();
    for (const text of warmUpSamples()) secretDetector.detect(text, { profile: (id) => ran.add(id) });
    expect(SECRET_RULES.map((r) => r.id).filter((id) => !ran.has(id))).toEqual([]);
  });

  it("takes non-ASCII and folded-blank texts too (the branches whose first use stalled scans)", () => {
    const samples = warmUpSamples();
    expect(samples.some((s) => /[^\x00-\xff]/.test(s))).toBe(true);
    expect(samples.some((s) => s.includes("\t") && s.includes("  "))).toBe(true);
    expect(warmUpDlp(1).texts).toBe(samples.length);
  });
});
