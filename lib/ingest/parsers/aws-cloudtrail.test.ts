import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { awsCloudtrailParser as p } from "./aws-cloudtrail";
import { AUDIT_FIXTURES, auditArbitrary, cloudtrail, llmRecords, saneOutcome } from "./audit-fixtures";

describe("aws-cloudtrail parser", () => {
  it("maps a Bedrock InvokeModel record, with the model id out of its foundation-model ARN", () => {
    expect(p.parse(cloudtrail.invokeModel)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-03-04T10:11:12.000Z",
        provider: "aws",
        account: "111122223333",
        principal: "arn:aws:sts::111122223333:assumed-role/chatbot-role/app-runner",
        sourceIp: "198.51.100.7",
        userAgent: "aws-sdk-js/3.600.0",
        service: "bedrock.amazonaws.com",
        action: "InvokeModel",
        resource: "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
        outcome: "success",
        region: "eu-west-1",
        model: "anthropic.claude-3-haiku-20240307-v1:0",
      },
    });
  });

  it("maps an S3 call to s3://bucket/key and errorCode to failure; no model outside Bedrock model calls", () => {
    const out = p.parse(cloudtrail.s3Denied);
    expect(out).toMatchObject({ event: { time: "2025-03-04T10:15:00.000Z", resource: "s3://finance-exports/2025/q1.csv", outcome: "failure", principal: "arn:aws:iam::444455556666:user/mallory" } });
    expect("event" in out && out.event.kind === "cloud" && out.event.model).toBeFalsy();
  });

  it("uses invokedBy for service calls and keeps service hostnames out of sourceIp", () => {
    const out = p.parse(cloudtrail.serviceCall);
    expect(out).toMatchObject({ event: { principal: "ec2.amazonaws.com", resource: "arn:aws:iam::111122223333:role/ec2-app", action: "AssumeRole" } });
    expect("event" in out && out.event.kind === "cloud" && out.event.sourceIp).toBeFalsy();
  });

  it("reads lower-cased exports and a failed ConsoleLogin", () => {
    expect(p.matches(cloudtrail.lowerCased)).toBe(true);
    expect(p.parse(cloudtrail.lowerCased)).toMatchObject({
      event: { time: "2025-03-05T08:00:00.000Z", service: "signin.amazonaws.com", action: "ConsoleLogin", outcome: "failure", account: "111122223333", sourceIp: "192.0.2.44" },
    });
  });

  it("maps S3 server-access log entries", () => {
    expect(p.matches(cloudtrail.s3Access)).toBe(true);
    expect(p.parse(cloudtrail.s3Access)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-03-05T09:30:00.000Z",
        provider: "aws",
        account: "111122223333",
        principal: "arn:aws:sts::111122223333:assumed-role/trainer/job-17",
        sourceIp: "198.51.100.23",
        userAgent: "aws-cli/2.15.0",
        service: "s3.amazonaws.com",
        action: "REST.PUT.OBJECT",
        resource: "s3://model-artifacts/weights/v2.safetensors",
        outcome: "success",
      },
    });
    expect(p.parse({ ...cloudtrail.s3Access, httpstatus: 403, errorcode: "AccessDenied" })).toMatchObject({ event: { outcome: "failure" } });
  });

  it("splits a {Records:[…]} file into its object records and leaves other objects alone", () => {
    expect(p.split?.({ Records: [cloudtrail.invokeModel, 42, cloudtrail.s3Denied] })).toEqual([cloudtrail.invokeModel, cloudtrail.s3Denied]);
    expect(p.split?.({ Records: [] })).toEqual([]);
    expect(p.split?.(cloudtrail.invokeModel)).toBeNull();
  });

  it("rejects records without a time, without eventSource, or of another shape", () => {
    const { eventTime: _t, ...noTime } = cloudtrail.invokeModel;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "eventTime" });
    expect(p.parse({ ...cloudtrail.invokeModel, eventTime: "yesterday" })).toEqual({ reason: "missing_field", detail: "eventTime" });
    expect(p.parse({ ...noTime, p_event_time: "2025-03-04 10:11:12.000" })).toMatchObject({ event: { time: "2025-03-04T10:11:12.000Z" } });
    const { eventSource: _s, ...noSource } = cloudtrail.invokeModel;
    expect(p.parse(noSource)).toEqual({ reason: "missing_field", detail: "eventSource" });
    expect(p.parse(llmRecords.oktaEvent)).toEqual({ reason: "wrong_format" });
    expect(p.parse({ bucket: "b" })).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "aws-cloudtrail") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["eventTime", "eventSource", "eventName", "userIdentity", "requestParameters", "resources", "bucket", "operation", "time", "Records"], Object.values(cloudtrail)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
