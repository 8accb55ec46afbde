import { describe, expect, it } from "vitest";
import { daysBefore, makeEvidence, type EvidenceOverrides } from "../test-evidence";
import type { FindingTally } from "../types";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;
const tally = (t: Partial<FindingTally> & Pick<FindingTally, "source" | "detector">): FindingTally => ({ severity: "HIGH", ruleId: "*", count: 1, overdue: 0, secretLike: 0, ...t });

describe("LSO-DEV-01 / LSO-DEV-02 scans current with no open critical", () => {
  it("fail on a stale scan and an open critical, naming both", () => {
    const imports = [{ format: "sarif" as const, lastAt: daysBefore(45) }, { format: "cyclonedx" as const, lastAt: daysBefore(2) }];
    const findings = [tally({ source: "SAST", detector: "semgrep", severity: "CRITICAL", count: 2 }), tally({ source: "SCA", detector: "trivy", severity: "CRITICAL" })];
    expect(run("LSO-DEV-01", { imports, findings })).toEqual({ status: "FAIL", evidence: "Last SARIF import on 2026-10-13, 45 days ago (30 allowed); 2 open critical SAST findings" });
    expect(run("LSO-DEV-02", { imports, findings })).toEqual({ status: "FAIL", evidence: "1 open critical SCA finding" });
  });

  it("fail without any import, pass when current, N/A for an idea", () => {
    expect(run("LSO-DEV-02", { imports: [{ format: "sarif", lastAt: daysBefore(1) }] })).toEqual({ status: "FAIL", evidence: "No CycloneDX import for the app" });
    expect(run("LSO-DEV-01")).toEqual({ status: "PASS", evidence: "Last SARIF import on 2026-11-22; no open critical SAST finding" });
    expect(run("LSO-DEV-01", { app: { lifecycle: "IDEA" } }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-DEV-06 findings past SLA", () => {
  it("fails with overdue counts by source and leaves posture findings out", () => {
    const findings = [
      tally({ source: "SAST", detector: "semgrep", count: 3, overdue: 2 }),
      tally({ source: "DLP", detector: "pii", count: 5, overdue: 1 }),
      tally({ source: "POSTURE", detector: "posture", count: 4, overdue: 4 }),
    ];
    expect(run("LSO-DEV-06", { findings })).toEqual({ status: "FAIL", evidence: "3 findings past SLA: 2 SAST and 1 DLP" });
    expect(run("LSO-DEV-06", { findings: [tally({ source: "POSTURE", detector: "posture", overdue: 1 })] })).toEqual({ status: "PASS", evidence: "No active finding" });
    expect(run("LSO-DEV-06").evidence).toBe("None of 2 active findings is past its SLA");
  });
});

describe("LSO-DEV-07 inventory complete", () => {
  it("fails listing what the record lacks", () => {
    expect(run("LSO-DEV-07", { app: { description: " ", environments: [] }, modelUsages: [] })).toEqual({
      status: "FAIL", evidence: "The inventory record lacks a description, a model usage and its environments",
    });
    expect(run("LSO-DEV-07").status).toBe("PASS");
  });
});

describe("manual controls", () => {
  it("need an attestation without one, ignore an expired one, and follow a valid one", () => {
    expect(run("LSO-DEV-05", { attestations: {} })).toEqual({
      status: "NEEDS_ATTESTATION", evidence: "No current attestation. Describe the evaluation suite (quality, safety, red-team prompts), how often it runs and the last results.",
    });
    const expired = { "LSO-DEV-05": { status: "PASS" as const, evidence: "Quarterly garak run", expiresAt: daysBefore(1), attestedBy: "Ada Admin" } };
    expect(run("LSO-DEV-05", { attestations: expired }).status).toBe("NEEDS_ATTESTATION");
    const na = { "LSO-DEV-03": { status: "NOT_APPLICABLE" as const, evidence: "Vendor SaaS, no deployment of ours", expiresAt: new Date("2027-06-30T00:00:00Z"), attestedBy: "Ada Admin" } };
    expect(run("LSO-DEV-03", { attestations: na })).toEqual({ status: "NOT_APPLICABLE", evidence: "Vendor SaaS, no deployment of ours (attested by Ada Admin, valid until 2027-06-30)" });
  });
});
