import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES, auditArbitrary, llmRecords, openaiAudit, saneOutcome } from "./audit-fixtures";
import { openaiAuditParser as p } from "./openai-audit";

describe("openai-audit parser", () => {
  it("maps a failed session login", () => {
    expect(p.parse(openaiAudit.loginFailed)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-01T00:00:00.000Z",
        provider: "openai",
        principal: "carol@example.com",
        sourceIp: "203.0.113.31",
        userAgent: "Mozilla/5.0",
        service: "login",
        action: "login.failed",
        outcome: "failure",
      },
    });
  });

  it("maps an api_key actor: service-account principal, project as account, key ids only", () => {
    const out = p.parse(openaiAudit.keyCreated);
    expect(out).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-01T01:00:00.000Z",
        provider: "openai",
        account: "proj_fake42",
        principal: "svc_acct_fake",
        service: "api_key",
        action: "api_key.created",
        resource: "key_fakenew",
        outcome: "success",
      },
    });
  });

  it("reads the payload under the underscore spelling and a user api key's email", () => {
    expect(p.parse(openaiAudit.underscorePayload)).toMatchObject({ event: { principal: "dan@example.com", service: "project", resource: "proj_old" } });
  });

  it("splits a list response of audit logs, but not other lists", () => {
    const list = { object: "list", data: [openaiAudit.loginFailed, openaiAudit.keyCreated], first_id: "a", last_id: "b", has_more: false };
    expect(p.split?.(list)).toEqual([openaiAudit.loginFailed, openaiAudit.keyCreated]);
    expect(p.split?.({ object: "list", data: [{ id: "gpt-4o", object: "model" }] })).toBeNull();
    expect(p.split?.(llmRecords.openaiUsagePage)).toBeNull();
    expect(p.split?.(openaiAudit.loginFailed)).toBeNull();
  });

  it("rejects events without effective_at or with an impossible one, and other shapes", () => {
    const { effective_at: _e, ...noTime } = openaiAudit.loginFailed;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "effective_at" });
    expect(p.parse({ ...openaiAudit.keyCreated, effective_at: -5 })).toEqual({ reason: "invalid_value", detail: "effective_at" });
    expect(p.parse(llmRecords.openaiChat)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "openai-audit") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["id", "type", "effective_at", "actor", "project", "object", "data"], Object.values(openaiAudit)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
        p.split?.(r);
      }),
      { numRuns: 1000 },
    );
  });
});
