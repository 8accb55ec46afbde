import { describe, expect, it } from "vitest";
import { daysBefore, makeCredential, makeEvidence, type EvidenceOverrides } from "../test-evidence";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;

describe("LSO-LOG-01 AI service logs per provider", () => {
  it("fails naming the provider with no events in 7 days", () => {
    expect(run("LSO-LOG-01", { traffic: { providersSeen7d: ["openai"] } })).toEqual({ status: "FAIL", evidence: "1 of 2 providers logged in the last 7 days; no events from AWS Bedrock" });
  });

  it("passes when every provider logs; N/A for ideas and apps without usages", () => {
    expect(run("LSO-LOG-01")).toEqual({ status: "PASS", evidence: "2 of 2 providers logged in the last 7 days (OpenAI and AWS Bedrock)" });
    expect(run("LSO-LOG-01", { app: { lifecycle: "IDEA" } }).status).toBe("NOT_APPLICABLE");
    expect(run("LSO-LOG-01", { modelUsages: [] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-LOG-02 cloud audit logs", () => {
  it("maps providers to clouds and fails for a cloud without audit events", () => {
    const usages = [...makeEvidence().modelUsages, { provider: "gcp.vertex_ai", modelId: "gemini-2.5-pro", credentialId: null, viaGateway: true }];
    expect(run("LSO-LOG-02", { modelUsages: usages })).toEqual({
      status: "FAIL", evidence: "Audit events in the last 7 days from 1 of 2 clouds the app uses; none from Google Cloud (Cloud Audit Logs)",
    });
  });

  it("counts cloud accounts among the app's credentials", () => {
    const creds = [makeCredential({ id: "az", name: "Azure sub", kind: "CLOUD_ACCOUNT", provider: "azure" })];
    expect(run("LSO-LOG-02", { modelUsages: [], credentials: creds }).evidence).toContain("none from Azure (Activity Log)");
  });

  it("passes with audit events; N/A without any cloud", () => {
    expect(run("LSO-LOG-02")).toEqual({ status: "PASS", evidence: "Audit events in the last 7 days from 1 of 1 cloud the app uses (AWS)" });
    const creds = makeEvidence().credentials.filter((c) => c.provider !== "aws" && c.provider !== "aws-bedrock");
    expect(run("LSO-LOG-02", { modelUsages: [{ provider: "openai", modelId: "gpt-4o", credentialId: null, viaGateway: true }], credentials: creds })).toEqual({
      status: "NOT_APPLICABLE", evidence: "The app uses no cloud provider (AWS, Google Cloud, Azure)",
    });
  });
});

describe("LSO-LOG-03 alerting", () => {
  it("fails with no webhook or critical-only webhooks, passes at high", () => {
    expect(run("LSO-LOG-03", { alerting: { enabledWebhooks: 0, minSeverity: null } })).toEqual({ status: "FAIL", evidence: "No enabled alert webhook: new findings and SLA breaches notify nobody" });
    expect(run("LSO-LOG-03", { alerting: { enabledWebhooks: 1, minSeverity: "CRITICAL" } })).toEqual({ status: "FAIL", evidence: "1 alert webhook fires only on critical findings; high-severity findings notify nobody" });
    expect(run("LSO-LOG-03", { alerting: { enabledWebhooks: 1, minSeverity: "MEDIUM" } }).status).toBe("PASS");
  });
});

describe("LSO-LOG-05 production traffic keeps arriving", () => {
  it("fails when production traffic stopped, N/A outside production", () => {
    expect(run("LSO-LOG-05", { traffic: { lastEventAt: daysBefore(12) } })).toEqual({ status: "FAIL", evidence: "Last LLM event on 2026-11-15, 12 days ago (at most 7 expected)" });
    expect(run("LSO-LOG-05", { traffic: { lastEventAt: null, events30d: 0 } }).evidence).toBe("The app is in production but no LLM event was ingested in the last 30 days");
    expect(run("LSO-LOG-05").status).toBe("PASS");
    expect(run("LSO-LOG-05", { app: { lifecycle: "DEVELOPMENT" } }).status).toBe("NOT_APPLICABLE");
  });
});
