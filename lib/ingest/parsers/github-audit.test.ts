import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES, auditArbitrary, github, llmRecords, saneOutcome } from "./audit-fixtures";
import { githubAuditParser as p } from "./github-audit";

describe("github-audit parser", () => {
  it("maps a streamed event with an epoch-ms @timestamp", () => {
    expect(p.parse(github.streamed)).toEqual({
      event: {
        kind: "cloud",
        time: "2025-01-01T02:53:20.000Z",
        provider: "github",
        account: "acme-fake",
        principal: "octo-admin",
        sourceIp: "203.0.113.120",
        userAgent: "GitHub CLI 2.60.0",
        service: "repo",
        action: "repo.destroy",
        resource: "acme-fake/legacy-service",
        outcome: "unknown",
      },
    });
  });

  it("reads Panther's at_sign_timestamp and reports denied actions as failures", () => {
    expect(p.parse(github.panther)).toMatchObject({ event: { time: "2025-01-01T03:00:00.000Z", service: "personal_access_token", resource: "octo-user", outcome: "failure" } });
    const { at_sign_timestamp: _a, ...gluedOnly } = github.panther;
    expect(p.parse(gluedOnly)).toMatchObject({ event: { time: "2025-01-01T03:00:00.000Z" } });
  });

  it("rejects events without a time and actions that are not GitHub's", () => {
    const { "@timestamp": _t, ...noTime } = github.streamed;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "@timestamp" });
    expect(p.parse({ action: "update", actor_id: 1, created_at: "2025-01-01T00:00:00Z" })).toEqual({ reason: "wrong_format" });
    expect(p.parse(llmRecords.oktaEvent)).toEqual({ reason: "wrong_format" });
  });

  it("does not claim other sources' records", () => {
    for (const [source, r] of AUDIT_FIXTURES) if (source !== "github-audit") expect(p.matches(r), source).toBe(false);
    for (const r of Object.values(llmRecords)) expect(p.matches(r)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(auditArbitrary(["@timestamp", "created_at", "action", "actor", "actor_ip", "org", "repo"], Object.values(github)), (r) => {
        const out = p.parse(r);
        expect(saneOutcome(out), JSON.stringify(out)).toBe(true);
        p.matches(r);
      }),
      { numRuns: 1000 },
    );
  });
});
