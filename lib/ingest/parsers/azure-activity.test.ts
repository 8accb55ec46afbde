import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES, auditArbitrary, azureActivity, entra, llmRecords, saneOutcome } from "./audit-fixtures";
import { azureActivityParser as p } from "./azure-activity";

describe("azure-activity parser", () => {
  it("maps the export shape: subscription from an upper-cased resourceId, canonical namespace, upn claim", () => {
    expect(p.parse(azureActivity.export)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-20T09:00:00.123Z",
        provider: "azure",
        account: "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb",
        principal: "dev@contoso.example",
        sourceIp: "203.0.113.5",
        service: "Microsoft.CognitiveServices",
        action: "MICROSOFT.COGNITIVESERVICES/ACCOUNTS/LISTKEYS/ACTION",
        resource: azureActivity.export.resourceId,
        outcome: "failure",
        region: "eastus",
      },
    });
  });

  it("maps the REST shape (eventTimestamp, caller, operationName.value, status.value, httpRequest)", () => {
    expect(p.matches(azureActivity.rest)).toBe(true);
    expect(p.parse(azureActivity.rest)).toMatchObject({
      event: {
        time: "2025-01-21T10:00:00.000Z",
        account: "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb",
        principal: "ops@contoso.example",
        sourceIp: "198.51.100.61",
        service: "Microsoft.CognitiveServices",
        action: "Microsoft.CognitiveServices/accounts/deployments/write",
        outcome: "success",
      },
    });
  });

  it("maps storage resource logs: port stripped from the caller, object key as resource, error response as failure", () => {
    expect(p.parse(azureActivity.storageRead)).toMatchObject({
      event: { sourceIp: "192.0.2.99", service: "Microsoft.Storage", action: "GetBlob", resource: "/contosodata/prompts/system.txt", outcome: "failure", userAgent: "azsdk-python-storage-blob/12.19.0" },
    });
    expect(p.parse({ ...azureActivity.export, resultType: "Start" })).toMatchObject({ event: { outcome: "unknown" } });
  });

  it("splits {records:[…]} and {value:[…]} containers of activity records only", () => {
    expect(p.split?.({ records: [azureActivity.export, azureActivity.storageRead] })).toEqual([azureActivity.export, azureActivity.storageRead]);
    expect(p.split?.({ value: [azureActivity.rest], nextLink: "https://example.invalid" })).toEqual([azureActivity.rest]);
    expect(p.split?.({ records: [entra.signInFailed] })).toBeNull();
    expect(p.split?.(azureActivity.export)).toBeNull();
  });

  it("rejects records without a time, Entra records and other shapes", () => {
    const { time: _t, ...noTime } = azureActivity.export;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "time" });
    expect(p.parse(entra.auditByApp)).toEqual({ reason: "wrong_format" });
    expect(p.parse(llmRecords.k8sAudit)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records (Azure OpenAI diagnostics included)", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "azure-activity") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["time", "eventTimestamp", "operationName", "resourceId", "category", "identity", "properties", "records", "value"], Object.values(azureActivity)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
