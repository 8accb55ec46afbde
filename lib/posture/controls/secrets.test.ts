import { describe, expect, it } from "vitest";
import { SELF_HOSTED_PROVIDERS as CORRELATION_SELF_HOSTED } from "@/lib/correlation/rules/restricted-data-egress";
import { daysBefore, makeCredential, makeEvidence, type EvidenceOverrides } from "../test-evidence";
import type { FindingTally } from "../types";
import { SELF_HOSTED_PROVIDERS } from "./helpers";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;
const tally = (t: Partial<FindingTally> & Pick<FindingTally, "source" | "detector">): FindingTally => ({ severity: "HIGH", ruleId: "*", count: 1, overdue: 0, secretLike: 0, ...t });

describe("LSO-SEC-01 provider keys stored encrypted", () => {
  it("passes when every external usage links a stored key", () => {
    expect(run("LSO-SEC-01")).toEqual({ status: "PASS", evidence: "2 of 2 model usages use a key held encrypted in the console" });
  });

  it("needs an attestation for a usage without a registered credential, and takes one when given", () => {
    const usages = makeEvidence().modelUsages.map((u) => (u.provider === "openai" ? { ...u, credentialId: null } : u));
    expect(run("LSO-SEC-01", { modelUsages: usages, attestations: {} })).toEqual({
      status: "NEEDS_ATTESTATION",
      evidence: "1 of 2 model usages use a key held encrypted in the console; OpenAI gpt-4o-2024-08-06 has no registered credential: register the key or attest a secret manager",
    });
    const attestations = { "LSO-SEC-01": { status: "PASS" as const, evidence: "Key in AWS Secrets Manager prod/openai", expiresAt: new Date("2027-01-31T00:00:00Z"), attestedBy: "Ada Admin" } };
    expect(run("LSO-SEC-01", { modelUsages: usages, attestations })).toEqual({ status: "PASS", evidence: "Key in AWS Secrets Manager prod/openai (attested by Ada Admin, valid until 2027-01-31)" });
  });

  it("needs an attestation when the linked integration holds no key, N/A for self-hosted models only", () => {
    const creds = makeEvidence().credentials.map((c) => (c.id === "cred-openai" ? { ...c, secrets: [] } : c));
    expect(run("LSO-SEC-01", { credentials: creds }).evidence).toContain("'OpenAI prod' (no key stored)");
    expect(run("LSO-SEC-01", { modelUsages: [{ provider: "ollama", modelId: "llama3.1", credentialId: null, viaGateway: false }] }).status).toBe("NOT_APPLICABLE");
  });

  it("keeps the self-hosted list equal to the correlation rule's", () => {
    expect([...SELF_HOSTED_PROVIDERS].sort()).toEqual([...CORRELATION_SELF_HOSTED].sort());
  });
});

describe("LSO-SEC-02 rotation within policy", () => {
  it("fails naming the old and the expired key by their last four characters", () => {
    const base = makeEvidence();
    const creds = base.credentials.map((c) => {
      if (c.id === "cred-openai") return { ...c, secrets: [{ ...c.secrets[0]!, lastRotatedAt: daysBefore(140) }] };
      if (c.id === "cred-sa") return { ...c, secrets: [{ ...c.secrets[0]!, expiresAt: new Date("2026-11-20T00:00:00Z") }] };
      return c;
    });
    expect(run("LSO-SEC-02", { credentials: creds })).toEqual({
      status: "FAIL",
      evidence: "1 of 3 stored keys rotated within policy; key ...a1b2 (OpenAI prod) is 140 days old (policy 90) and key ...e5f6 (etl-bot) expired on 2026-11-20",
    });
  });

  it("passes within policy and ignores OAuth tokens; N/A with nothing to rotate", () => {
    expect(run("LSO-SEC-02")).toEqual({ status: "PASS", evidence: "3 of 3 stored keys rotated within policy" });
    const oauthOnly = [makeCredential({ id: "o", name: "Drive", kind: "OAUTH_CONNECTION", provider: "google-drive", secrets: [{ purpose: "refresh_token", last4: "aaaa", rotationDays: 1, lastRotatedAt: daysBefore(400), expiresAt: null }] })];
    expect(run("LSO-SEC-02", { credentials: oauthOnly }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-SEC-03 no secrets in code scans", () => {
  it("fails on an open hard-coded secret", () => {
    const findings = [tally({ source: "SAST", detector: "gitleaks", severity: "CRITICAL", count: 3, secretLike: 3 })];
    expect(run("LSO-SEC-03", { findings })).toEqual({ status: "FAIL", evidence: "3 hard-coded secrets open in code scans (last import 2026-11-22)" });
  });

  it("passes on a clean scan and needs an attestation without any scan", () => {
    expect(run("LSO-SEC-03").status).toBe("PASS");
    expect(run("LSO-SEC-03", { imports: [] })).toEqual({ status: "NEEDS_ATTESTATION", evidence: "No code scan (SARIF or SBOM) has been imported for the app" });
  });
});

describe("LSO-SEC-04 no secrets in prompts or responses", () => {
  it("fails on DLP secret findings and known secrets in traffic", () => {
    const findings = [tally({ source: "DLP", detector: "secret", count: 2 }), tally({ source: "CORRELATION", detector: "correlation", ruleId: "known-secret-in-traffic", severity: "CRITICAL" })];
    expect(run("LSO-SEC-04", { findings })).toEqual({ status: "FAIL", evidence: "2 open DLP secret findings in prompts or responses; 1 stored integration secret seen in traffic" });
  });

  it("passes on scanned traffic; N/A without traffic; needs an attestation when nothing was captured", () => {
    expect(run("LSO-SEC-04").status).toBe("PASS");
    expect(run("LSO-SEC-04", { traffic: { events30d: 0, scannedEvents30d: 0 } }).status).toBe("NOT_APPLICABLE");
    expect(run("LSO-SEC-04", { traffic: { events30d: 1200, scannedEvents30d: 0 }, attestations: {} })).toEqual({
      status: "NEEDS_ATTESTATION",
      evidence: "None of the 1,200 LLM events of the last 30 days captured a prompt or completion, so none was scanned",
    });
  });
});
