import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES, auditArbitrary, azureActivity, entra, llmRecords, saneOutcome } from "./audit-fixtures";
import { azureEntraParser as p } from "./azure-entra";

describe("azure-entra parser", () => {
  it("maps a failed interactive sign-in", () => {
    expect(p.parse(entra.signInFailed)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-23T07:00:00.000Z",
        provider: "azure",
        account: "fake-tenant-1",
        principal: "alice@contoso.example",
        sourceIp: "203.0.113.200",
        userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
        service: "Microsoft.Entra",
        action: "Sign-in activity",
        resource: "Windows Azure Service Management API",
        outcome: "failure",
      },
    });
  });

  it("maps an audit event initiated by an app, with the target and the User-Agent detail", () => {
    expect(p.parse(entra.auditByApp)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-23T08:00:00.000Z",
        provider: "azure",
        account: "fake-tenant-1",
        principal: "deploy-bot",
        userAgent: "python-msgraph/1.0",
        service: "Microsoft.Entra",
        action: "Add service principal credentials",
        resource: "rag-backend",
        outcome: "success",
      },
    });
  });

  it("reads lower-cased service-principal sign-ins and the flat Microsoft Graph objects", () => {
    expect(p.parse(entra.spSignInLowerCased)).toMatchObject({ event: { time: "2025-01-23T09:00:00.000Z", principal: "nightly-etl", account: "fake-tenant-2", outcome: "success", resource: "Azure Storage" } });
    expect(p.parse(entra.graphSignIn)).toMatchObject({ event: { principal: "bob@contoso.example", sourceIp: "192.0.2.77", resource: "Microsoft Teams", outcome: "success", action: "Sign-in activity" } });
    expect(p.parse(entra.graphAudit)).toMatchObject({ event: { principal: "admin@contoso.example", action: "Add member to role", resource: "eve@contoso.example", outcome: "failure", sourceIp: "192.0.2.5" } });
  });

  it("splits export and Graph containers of Entra records only", () => {
    expect(p.split?.({ records: [entra.signInFailed, entra.auditByApp] })).toHaveLength(2);
    expect(p.split?.({ "@odata.context": "x", value: [entra.graphSignIn] })).toEqual([entra.graphSignIn]);
    expect(p.split?.({ records: [azureActivity.export] })).toBeNull();
  });

  it("rejects records without a time and records of other shapes", () => {
    const { time: _t, ...rest } = entra.signInFailed;
    const noTime = { ...rest, properties: { ...rest.properties, createdDateTime: null } };
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "time" });
    expect(p.parse(azureActivity.export)).toEqual({ reason: "wrong_format" });
    expect(p.parse(llmRecords.azureOpenAiRequest)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "azure-entra") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["time", "category", "resourceId", "operationName", "properties", "createdDateTime", "initiatedBy", "records", "value"], Object.values(entra)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
