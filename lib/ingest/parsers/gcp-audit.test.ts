import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES, auditArbitrary, gcp, llmRecords, saneOutcome } from "./audit-fixtures";
import { gcpAuditParser as p } from "./gcp-audit";

describe("gcp-audit parser", () => {
  it("maps a Vertex AI data-access entry, with the model out of the resource name", () => {
    expect(p.matches(gcp.vertex)).toBe(true);
    expect(p.parse(gcp.vertex)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-02-10T12:00:00.123Z",
        provider: "gcp",
        account: "demo-proj",
        principal: "svc-chat@demo-proj.iam.gserviceaccount.com",
        sourceIp: "203.0.113.80",
        userAgent: "google-genai-sdk/1.2.0 gl-python/3.12",
        service: "aiplatform.googleapis.com",
        action: "google.cloud.aiplatform.v1.PredictionService.GenerateContent",
        resource: "projects/demo-proj/locations/europe-west4/publishers/google/models/gemini-1.5-pro-002",
        outcome: "success",
        region: "europe-west4",
        model: "gemini-1.5-pro-002",
      },
    });
  });

  it("reads request.model when the resource is an endpoint, and only for AI services", () => {
    const viaRequest = { ...gcp.vertex, protoPayload: { ...gcp.vertex.protoPayload, resourceName: "projects/demo-proj/locations/us-central1/endpoints/123", request: { model: "projects/demo-proj/locations/us-central1/publishers/google/models/gemini-2.0-flash:generateContent" } } };
    expect(p.parse(viaRequest)).toMatchObject({ event: { model: "gemini-2.0-flash", region: "us-central1" } });
    const notAi = { ...gcp.vertex, protoPayload: { ...gcp.vertex.protoPayload, serviceName: "storage.googleapis.com" } };
    const out = p.parse(notAi);
    expect("event" in out && out.event.kind === "cloud" && out.event.model).toBeFalsy();
  });

  it("maps a Panther-style denied call: at_sign_type, callerIP, space-separated time, project from logName", () => {
    expect(p.parse(gcp.iamDenied)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-02-10T13:00:00.000Z",
        provider: "gcp",
        account: "other-proj",
        principal: "intruder@example.net",
        sourceIp: "192.0.2.10",
        userAgent: "gcloud/470.0.0",
        service: "iam.googleapis.com",
        action: "google.iam.admin.v1.CreateServiceAccountKey",
        resource: "projects/-/serviceAccounts/1234567890",
        outcome: "failure",
      },
    });
  });

  it("splits an entries page", () => {
    expect(p.split?.({ entries: [gcp.vertex, gcp.iamDenied], nextPageToken: "x" })).toEqual([gcp.vertex, gcp.iamDenied]);
    expect(p.split?.(gcp.vertex)).toBeNull();
  });

  it("rejects entries without a time or methodName, and non-audit payloads", () => {
    const { timestamp: _t, ...noTime } = gcp.iamDenied;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "timestamp" });
    const noMethod = { ...gcp.vertex, protoPayload: { ...gcp.vertex.protoPayload, methodName: null } };
    expect(p.parse(noMethod)).toEqual({ reason: "missing_field", detail: "protoPayload.methodName" });
    expect(p.parse(gcp.requestLog)).toEqual({ reason: "wrong_format" });
    expect(p.matches(gcp.requestLog)).toBe(false);
    expect(p.parse(llmRecords.openaiChat)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "gcp-audit") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["protoPayload", "timestamp", "receiveTimestamp", "resource", "logName", "entries"], Object.values(gcp)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
