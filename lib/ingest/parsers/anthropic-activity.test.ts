import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anthropicActivityParser as p } from "./anthropic-activity";
import { AUDIT_FIXTURES, anthropicActivity, auditArbitrary, llmRecords, saneOutcome } from "./audit-fixtures";

describe("anthropic-activity parser", () => {
  it("maps a user actor's event", () => {
    expect(p.parse(anthropicActivity.keyCreated)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-04-01T12:00:00.000Z",
        provider: "anthropic",
        account: "org_fake01",
        principal: "owner@example.com",
        sourceIp: "203.0.113.40",
        userAgent: "Mozilla/5.0",
        service: "admin_api_key",
        action: "admin_api_key_created",
        outcome: "success",
      },
    });
  });

  it("maps an api actor by key id, the type-specific id as resource, and *_failed as failure", () => {
    expect(p.parse(anthropicActivity.chatAccessFailed)).toMatchObject({
      event: { principal: "apikey_fake9", resource: "chat_fake77", service: "claude_chat_access", outcome: "failure", sourceIp: "198.51.100.90" },
    });
    const out = p.parse(anthropicActivity.ssoFailed);
    expect(out).toMatchObject({ event: { time: "2025-04-01T12:10:00.000Z", outcome: "failure", userAgent: "curl/8.5.0" } });
    expect("event" in out && out.event.kind === "cloud" && out.event.principal).toBeFalsy();
  });

  it("splits a page of activity events only", () => {
    expect(p.split?.({ data: [anthropicActivity.keyCreated], has_more: false })).toEqual([anthropicActivity.keyCreated]);
    expect(p.split?.({ data: [{ starting_at: "2025-01-01T00:00:00Z", results: [] }], has_more: false })).toBeNull();
  });

  it("rejects events without created_at and other shapes", () => {
    const { created_at: _c, ...noTime } = anthropicActivity.keyCreated;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "created_at" });
    expect(p.parse(llmRecords.anthropicMessage)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "anthropic-activity") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["id", "type", "created_at", "organization_id", "actor", "data"], Object.values(anthropicActivity)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
