import { describe, expect, it } from "vitest";
import type { Finding } from "../types";
import { suggestClassification } from "./classification";
import { DEFAULT_POLICY, applyPolicy, decide, type DlpPolicySettings } from "./policy";
import { severityOf } from "./severity";

const finding = (detector: Finding["detector"], type: string, score: number): Finding => ({
  detector, type, score, start: 0, end: 4, preview: "ab…", tags: { owasp: [], atlas: [], nist: [] },
});

describe("applyPolicy", () => {
  const policy: DlpPolicySettings = { ...DEFAULT_POLICY, detectors: ["pii", "secret"], thresholds: { ...DEFAULT_POLICY.thresholds, pii: 0.7 }, disabledTypes: ["URL"] };

  it("drops disabled detectors, disabled types and scores under the detector's threshold", () => {
    const kept = applyPolicy([finding("pii", "EMAIL_ADDRESS", 0.9), finding("pii", "PHONE_NUMBER", 0.6), finding("pii", "URL", 0.9), finding("injection", "override", 1), finding("secret", "openai-api-key", 0.5)], policy);
    expect(kept.map((f) => f.type)).toEqual(["EMAIL_ADDRESS", "openai-api-key"]);
  });

  it("decides allow with no findings and the policy's action otherwise", () => {
    expect(decide([], { ...policy, action: "BLOCK" })).toBe("allow");
    expect(decide([finding("pii", "EMAIL_ADDRESS", 1)], { ...policy, action: "BLOCK" })).toBe("block");
    expect(decide([finding("pii", "EMAIL_ADDRESS", 1)], { ...policy, action: "REDACT" })).toBe("redact");
    expect(decide([finding("pii", "EMAIL_ADDRESS", 1)], policy)).toBe("alert");
  });
});

describe("severityOf", () => {
  it("ranks AI provider and cloud credentials critical, other secrets high", () => {
    expect(severityOf(finding("secret", "openai-api-key", 1))).toBe("CRITICAL");
    expect(severityOf(finding("secret", "aws-access-token", 1))).toBe("CRITICAL");
    expect(severityOf(finding("secret", "slack-bot-token", 1))).toBe("HIGH");
  });

  it("ranks identity and payment data above contact data above network identifiers", () => {
    expect(severityOf(finding("pii", "US_SSN", 1))).toBe("HIGH");
    expect(severityOf(finding("pii", "EMAIL_ADDRESS", 1))).toBe("MEDIUM");
    expect(severityOf(finding("pii", "IP_ADDRESS", 1))).toBe("LOW");
  });

  it("uses a custom rule's own severity", () => {
    expect(severityOf(finding("custom", "acme-id", 1), "CRITICAL")).toBe("CRITICAL");
    expect(severityOf(finding("custom", "acme-id", 1))).toBe("MEDIUM");
  });
});

describe("suggestClassification", () => {
  it("raises a dataset to what its findings call for and never lowers it", () => {
    expect(suggestClassification("INTERNAL", ["MEDIUM", "LOW"])).toBe("CONFIDENTIAL");
    expect(suggestClassification("INTERNAL", ["CRITICAL"])).toBe("RESTRICTED");
    expect(suggestClassification("RESTRICTED", ["MEDIUM"])).toBeNull();
    expect(suggestClassification("PUBLIC", [])).toBeNull();
  });
});
