import { describe, expect, it } from "vitest";
import { makeEvidence, type EvidenceOverrides } from "../test-evidence";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;

describe("LSO-API-01 gateway", () => {
  it("fails naming direct usages; N/A without usages", () => {
    const usages = makeEvidence().modelUsages.map((u, i) => ({ ...u, viaGateway: i > 0 }));
    expect(run("LSO-API-01", { modelUsages: usages })).toEqual({ status: "FAIL", evidence: "1 of 2 model usages go through the gateway; OpenAI gpt-4o-2024-08-06 calls the provider directly" });
    expect(run("LSO-API-01").status).toBe("PASS");
    expect(run("LSO-API-01", { modelUsages: [] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-API-02 per-app keys", () => {
  it("fails on a key shared with other apps, by its last four characters", () => {
    const creds = makeEvidence().credentials.map((c) => (c.id === "cred-openai" ? { ...c, usedByAppIds: ["app-1", "app-2", "app-3", "app-4"] } : c));
    expect(run("LSO-API-02", { credentials: creds })).toEqual({ status: "FAIL", evidence: "key ...a1b2 (OpenAI prod) is shared with 3 other apps" });
  });

  it("passes for own keys; needs an attestation without a registered credential; N/A for self-hosted only", () => {
    expect(run("LSO-API-02")).toEqual({ status: "PASS", evidence: "2 provider keys used by this app only" });
    const usages = makeEvidence().modelUsages.map((u) => ({ ...u, credentialId: null }));
    expect(run("LSO-API-02", { modelUsages: usages }).status).toBe("NEEDS_ATTESTATION");
    expect(run("LSO-API-02", { modelUsages: [{ provider: "ollama", modelId: "qwen2.5", credentialId: null, viaGateway: false }] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-API-03 usage metered", () => {
  it("fails under 95% of calls metered", () => {
    expect(run("LSO-API-03", { traffic: { events30d: 2000, meteredEvents30d: 1500 } })).toEqual({
      status: "FAIL", evidence: "75% of 2,000 calls in the last 30 days carry token counts (at least 95% needed)",
    });
  });

  it("passes at 95% and with usage reports only; N/A without traffic", () => {
    expect(run("LSO-API-03", { traffic: { events30d: 1000, meteredEvents30d: 950 } }).status).toBe("PASS");
    expect(run("LSO-API-03", { traffic: { events30d: 0, meteredEvents30d: 30 } }).status).toBe("PASS");
    expect(run("LSO-API-03", { traffic: { events30d: 0, meteredEvents30d: 0 } })).toEqual({ status: "NOT_APPLICABLE", evidence: "No LLM traffic in the last 30 days: nothing to meter" });
  });
});

describe("LSO-API-05 traffic attributed", () => {
  it("fails for a production app with no rule and no events, N/A for an idea", () => {
    const none = { mappingRuleCount: 0, traffic: { events30d: 0 } };
    expect(run("LSO-API-05", none)).toEqual({ status: "FAIL", evidence: "No mapping rule and no event attributed to the app (OpenAI and AWS Bedrock)" });
    expect(run("LSO-API-05", { ...none, app: { lifecycle: "IDEA" } }).status).toBe("NOT_APPLICABLE");
    expect(run("LSO-API-05", { mappingRuleCount: 0 }).evidence).toBe("1,000 events attributed to the app in the last 30 days");
    expect(run("LSO-API-05").status).toBe("PASS");
  });
});

describe("LSO-API-04 budgets (manual)", () => {
  it("needs an attestation without one, and follows a failing attestation", () => {
    expect(run("LSO-API-04", { attestations: {} }).status).toBe("NEEDS_ATTESTATION");
    const attestations = { "LSO-API-04": { status: "FAIL" as const, evidence: "No budget on the OpenAI project", expiresAt: new Date("2027-01-01T00:00:00Z"), attestedBy: "Bo Manager" } };
    expect(run("LSO-API-04", { attestations })).toEqual({ status: "FAIL", evidence: "No budget on the OpenAI project (attested by Bo Manager, valid until 2027-01-01)" });
  });
});
