import { describe, expect, it } from "vitest";
import { makeCredential, makeDataset, makeEvidence, type EvidenceOverrides } from "../test-evidence";
import { evaluateApp } from ".";

const run = (id: string, o: EvidenceOverrides = {}) => evaluateApp(makeEvidence(o)).get(id)!;

describe("LSO-IAM-01 end-user authentication", () => {
  it("passes with SSO and fails when anyone can call the app", () => {
    expect(run("LSO-IAM-01")).toEqual({ status: "PASS", evidence: "End users authenticate with single sign-on (public exposure)" });
    expect(run("LSO-IAM-01", { app: { endUserAuth: "NONE", exposure: "PARTNER" } })).toEqual({ status: "FAIL", evidence: "End users reach the app without authentication (partner exposure)" });
  });
});

describe("LSO-IAM-02 data connections use OAuth", () => {
  it("passes for OAuth and a cloud account holding no static key", () => {
    expect(run("LSO-IAM-02")).toEqual({ status: "PASS", evidence: "2 of 2 data connections use OAuth or federated access" });
  });

  it("fails for a service-account connection and for a cloud account that stores a key", () => {
    const gcp = makeCredential({ id: "cred-gcp", name: "Analytics", kind: "CLOUD_ACCOUNT", provider: "gcp", secrets: [{ purpose: "service_account_key", last4: "zz99", rotationDays: 90, lastRotatedAt: new Date("2026-11-01"), expiresAt: null }] });
    const base = makeEvidence();
    const r = run("LSO-IAM-02", {
      credentials: [...base.credentials, gcp],
      datasets: [
        ...base.datasets,
        makeDataset({ id: "ds-ftp", name: "HR files", sourceIntegrationKind: "SERVICE_ACCOUNT", sourceName: "Legacy SFTP", sourceIntegrationId: "cred-sa" }),
        makeDataset({ id: "ds-bq", name: "Sales", sourceIntegrationKind: "CLOUD_ACCOUNT", sourceName: "BigQuery", sourceIntegrationId: "cred-gcp" }),
      ],
    });
    expect(r).toEqual({ status: "FAIL", evidence: "2 of 4 data connections use OAuth or federated access; 'Legacy SFTP' and 'BigQuery' use a static credential" });
  });

  it("is not applicable when no dataset comes through a connection", () => {
    expect(run("LSO-IAM-02", { datasets: [makeDataset({ id: "d", name: "Uploaded FAQ" })] })).toEqual({ status: "NOT_APPLICABLE", evidence: "None of the app's 1 dataset comes through a registered connection" });
    expect(run("LSO-IAM-02", { datasets: [] }).status).toBe("NOT_APPLICABLE");
  });
});

describe("LSO-IAM-03 service accounts scoped and owned", () => {
  it("fails naming what each account lacks", () => {
    const base = makeEvidence();
    const bare = makeCredential({ id: "sa-2", name: "ingest-bot", kind: "SERVICE_ACCOUNT", provider: "service-account" });
    expect(run("LSO-IAM-03", { credentials: [...base.credentials, bare] })).toEqual({ status: "FAIL", evidence: "1 of 2 service accounts record an owner and scopes; 'ingest-bot' has no owner and no scopes" });
  });

  it("passes when owned and scoped, N/A without service accounts", () => {
    expect(run("LSO-IAM-03").status).toBe("PASS");
    const creds = makeEvidence().credentials.filter((c) => c.kind !== "SERVICE_ACCOUNT");
    expect(run("LSO-IAM-03", { credentials: creds })).toEqual({ status: "NOT_APPLICABLE", evidence: "The app uses no service account" });
  });
});

describe("LSO-IAM-04 owner", () => {
  it("passes with an owner, fails without", () => {
    expect(run("LSO-IAM-04").status).toBe("PASS");
    expect(run("LSO-IAM-04", { app: { ownerId: null } })).toEqual({ status: "FAIL", evidence: "No owner is recorded for the app" });
  });
});
