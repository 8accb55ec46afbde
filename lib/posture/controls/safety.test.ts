import { describe, expect, it } from "vitest";
import { makeEvidence, type EvidenceOverrides } from "../test-evidence";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;

describe("LSO-SAFE-01 / LSO-SAFE-02 filtering detectors", () => {
  it("pass when the policy runs the safety and injection detectors", () => {
    expect(run("LSO-SAFE-01")).toEqual({ status: "PASS", evidence: "The app's DLP policy runs content-safety filtering (action block)" });
    expect(run("LSO-SAFE-02")).toEqual({ status: "PASS", evidence: "The app's DLP policy runs prompt-injection detection (action block)" });
  });

  it("fail when the detector is off or no policy applies", () => {
    const piiOnly = { dlpPolicy: { scope: "org" as const, detectors: ["pii", "secret"], action: "REDACT" as const } };
    expect(run("LSO-SAFE-01", piiOnly)).toEqual({ status: "FAIL", evidence: "The org default DLP policy does not run content-safety filtering (detectors: pii, secret)" });
    expect(run("LSO-SAFE-02", piiOnly)).toEqual({ status: "FAIL", evidence: "The org default DLP policy does not run prompt-injection detection (detectors: pii, secret)" });
    expect(run("LSO-SAFE-02", { dlpPolicy: null })).toEqual({ status: "FAIL", evidence: "No DLP policy applies to the app: prompt-injection detection is not run" });
  });
});

describe("LSO-SAFE-03 guardrail coverage from traffic", () => {
  it("fails under 95% with the unscanned count", () => {
    expect(run("LSO-SAFE-03", { traffic: { events30d: 1234, scannedEvents30d: 765 } })).toEqual({
      status: "FAIL", evidence: "61.9% of 1,234 calls in the last 30 days were scanned (at least 95% needed); 469 captured no prompt or completion",
    });
  });

  it("passes at 95%, and is N/A without traffic, saying so", () => {
    expect(run("LSO-SAFE-03", { traffic: { events30d: 200, scannedEvents30d: 190 } })).toEqual({ status: "PASS", evidence: "95% of 200 calls in the last 30 days were scanned" });
    expect(run("LSO-SAFE-03", { traffic: { events30d: 0, scannedEvents30d: 0 } })).toEqual({
      status: "NOT_APPLICABLE", evidence: "No LLM traffic in the last 30 days: guardrail coverage cannot be measured",
    });
  });
});

describe("LSO-SAFE-04 exposed apps enforce", () => {
  it("fails for a public app whose policy only alerts, or runs no guard detector", () => {
    expect(run("LSO-SAFE-04", { dlpPolicy: { scope: "app", detectors: ["injection"], action: "ALERT" } })).toEqual({ status: "FAIL", evidence: "Public app: the app's DLP policy only alerts" });
    expect(run("LSO-SAFE-04", { app: { exposure: "PARTNER" }, dlpPolicy: { scope: "app", detectors: ["pii"], action: "BLOCK" } }).evidence).toBe("Partner app: the app's DLP policy runs neither the injection nor the safety detector");
    expect(run("LSO-SAFE-04", { dlpPolicy: null }).status).toBe("FAIL");
  });

  it("passes when blocking, N/A for internal apps", () => {
    expect(run("LSO-SAFE-04")).toEqual({ status: "PASS", evidence: "Public app: the app's DLP policy blocks on injection and safety" });
    expect(run("LSO-SAFE-04", { app: { exposure: "INTERNAL" } }).status).toBe("NOT_APPLICABLE");
  });
});
