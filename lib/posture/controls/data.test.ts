import { describe, expect, it } from "vitest";
import { makeDataset, makeEvidence, type EvidenceOverrides } from "../test-evidence";
import type { FindingTally } from "../types";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;
const tally = (t: Partial<FindingTally> & Pick<FindingTally, "source" | "detector">): FindingTally => ({ severity: "HIGH", ruleId: "*", count: 1, overdue: 0, secretLike: 0, ...t });
const restrictedOnly = [makeDataset({ id: "r", name: "Customer tickets", classification: "RESTRICTED", categories: ["pii"] })];

describe("LSO-DATA-01 datasets classified", () => {
  it("fails naming the dataset without owner or categories", () => {
    const datasets = [...makeEvidence().datasets, makeDataset({ id: "x", name: "Scratch", owner: "", categories: [] })];
    expect(run("LSO-DATA-01", { datasets })).toEqual({ status: "FAIL", evidence: "2 of 3 datasets classified with an owner and data categories; 'Scratch' has no owner and no data categories" });
  });

  it("passes when described, N/A without datasets", () => {
    expect(run("LSO-DATA-01").status).toBe("PASS");
    expect(run("LSO-DATA-01", { datasets: [] })).toEqual({ status: "NOT_APPLICABLE", evidence: "The app is linked to no dataset" });
  });
});

describe("LSO-DATA-02 DLP for confidential or restricted data", () => {
  it("fails without a policy and with a policy lacking data detectors", () => {
    expect(run("LSO-DATA-02", { dlpPolicy: null, datasets: restrictedOnly })).toEqual({
      status: "FAIL", evidence: "The app reaches 1 confidential/restricted dataset ('Customer tickets') and no DLP policy applies (built-in defaults, alert only)",
    });
    expect(run("LSO-DATA-02", { dlpPolicy: { scope: "org", detectors: ["injection"], action: "ALERT" } }).evidence).toContain("the org default DLP policy (action alert) has neither the PII nor the custom detector enabled");
  });

  it("passes with a PII policy; N/A for internal data only", () => {
    expect(run("LSO-DATA-02", { dlpPolicy: { scope: "org", detectors: ["pii"], action: "ALERT" } })).toEqual({
      status: "PASS", evidence: "The org default DLP policy (action alert) covers 2 confidential/restricted datasets ('Help center articles' and 'Customer tickets')",
    });
    expect(run("LSO-DATA-02", { datasets: [makeDataset({ id: "i", name: "Wiki" })] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-DATA-03 restricted data redacted before external providers", () => {
  it("fails when the policy only alerts", () => {
    expect(run("LSO-DATA-03", { datasets: restrictedOnly, dlpPolicy: { scope: "app", detectors: ["pii"], action: "ALERT" } })).toEqual({
      status: "FAIL",
      evidence: "The app reaches 1 restricted dataset ('Customer tickets') and calls OpenAI and AWS Bedrock; the app's DLP policy (action alert) does not redact or block personal/custom data",
    });
  });

  it("fails on an open restricted-data egress detection", () => {
    const findings = [tally({ source: "CORRELATION", detector: "correlation", ruleId: "restricted-data-egress" })];
    expect(run("LSO-DATA-03", { findings }).evidence).toBe("1 open restricted-data egress detection; the app's DLP policy (action block)");
  });

  it("passes with redaction or self-hosted models; N/A without restricted data", () => {
    expect(run("LSO-DATA-03", { dlpPolicy: { scope: "app", detectors: ["custom"], action: "REDACT" } })).toEqual({
      status: "PASS", evidence: "The app's DLP policy (action redact) redacts restricted data sent to OpenAI and AWS Bedrock",
    });
    const local = { modelUsages: [{ provider: "vllm", modelId: "llama-3.1-70b", credentialId: null, viaGateway: true }], traffic: { providersSeen7d: ["vllm"] }, dlpPolicy: null };
    expect(run("LSO-DATA-03", local)).toEqual({ status: "PASS", evidence: "The app reaches 1 restricted dataset ('Customer tickets') but calls only self-hosted models" });
    expect(run("LSO-DATA-03", { datasets: [] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-DATA-05 retention", () => {
  it("fails naming datasets without retention", () => {
    const datasets = makeEvidence().datasets.map((d) => (d.id === "ds-tickets" ? { ...d, retentionDays: null } : d));
    expect(run("LSO-DATA-05", { datasets })).toEqual({ status: "FAIL", evidence: "1 of 2 datasets have a retention period; none set for 'Customer tickets'" });
    expect(run("LSO-DATA-05").status).toBe("PASS");
    expect(run("LSO-DATA-05", { datasets: [] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-DATA-06 open sensitive-data findings", () => {
  it("fails on high PII findings, ignores low ones and other detectors", () => {
    const findings = [tally({ source: "DLP", detector: "pii", count: 4 }), tally({ source: "DLP", detector: "custom", severity: "CRITICAL" }), tally({ source: "DLP", detector: "injection", count: 9 })];
    expect(run("LSO-DATA-06", { findings })).toEqual({ status: "FAIL", evidence: "5 open high or critical DLP findings of personal or custom-sensitive data" });
    expect(run("LSO-DATA-06").status).toBe("PASS");
    expect(run("LSO-DATA-06", { datasets: [], traffic: { events30d: 0 } }).status).toBe("NOT_APPLICABLE");
  });
});
