import { describe, expect, it } from "vitest";
import { LLMJACKING_ACTIONS, RULES, RULE_IDS, THRESHOLDS } from "./catalog";
import { llmjackingMatch, type LlmjackingRow } from "./rules/llmjacking";
import { CORRELATION_RULES } from "./rules";
import { clip, correlationFingerprint } from "./types";

const row = (actions: string[]): LlmjackingRow => ({
  principal: "arn:aws:iam::1:user/x", distinct_actions: actions.length, calls: 20, failures: 2, actions, ips: ["203.0.113.9"],
  first_at: new Date("2025-03-01T23:00:00Z"), last_at: new Date("2025-03-02T01:00:00Z"), ids: [],
});

describe("correlation rules", () => {
  it("has one module per catalog rule, in catalog order", () => {
    expect(CORRELATION_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(LLMJACKING_ACTIONS).toHaveLength(14);
    expect(6 / 14).toBeGreaterThan(THRESHOLDS.llmjacking.ratio);
    expect(5 / 14).toBeLessThanOrEqual(THRESHOLDS.llmjacking.ratio);
    for (const id of RULE_IDS) expect(RULES[id].tags.owasp.length).toBeGreaterThan(0);
  });

  it("fingerprints per rule + subject + bucket", () => {
    const fp = correlationFingerprint("shadow-ai", { subject: "principal:a", bucket: "2025-03-01" });
    expect(fp).toHaveLength(48);
    expect(correlationFingerprint("shadow-ai", { subject: "principal:a", bucket: "2025-03-01" })).toBe(fp);
    expect(correlationFingerprint("shadow-ai", { subject: "principal:a", bucket: "2025-03-02" })).not.toBe(fp);
    expect(correlationFingerprint("llmjacking", { subject: "principal:a", bucket: "2025-03-01" })).not.toBe(fp);
  });

  it("buckets LLMjacking by the day of its first event, and escalates enable-then-invoke", () => {
    const recon = llmjackingMatch(row(["ListFoundationModels", "GetFoundationModelAvailability", "SearchAgreements", "GetUseCaseForModelAccess", "ListProvisionedModelThroughputs", "InvokeModel"]));
    expect(recon).toMatchObject({ bucket: "2025-03-01", severity: "HIGH", score: 0.43 });
    expect(recon.description).toContain("(2 failed calls)");
    expect(llmjackingMatch(row(["PutFoundationModelEntitlement", "InvokeModel", "ListFoundationModels", "SearchAgreements", "GetFoundationModelAvailability", "AcceptAgreementRequest"])).severity).toBe("CRITICAL");
  });

  it("clips by code points (varchar limits)", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("😀😀😀😀", 3)).toBe("😀😀…");
  });
});
