import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES, ROLE_SCOPES, SCOPES, scopesForRole } from "./scopes";

describe("scope table", () => {
  it("gives admins everything", () => {
    expect(new Set(ROLE_SCOPES.ADMIN)).toEqual(new Set(SCOPES));
  });
  it("lets analysts read everything and triage, but not manage people, keys or inventory", () => {
    const analyst = scopesForRole("ANALYST");
    for (const s of SCOPES.filter((x) => x.endsWith(":read"))) expect(analyst.has(s)).toBe(true);
    for (const s of ["findings:triage", "scans:run"] as const) expect(analyst.has(s)).toBe(true);
    for (const s of ["members:manage", "api-keys:manage", "apps:manage", "integrations:manage", "settings:manage"] as const) expect(analyst.has(s)).toBe(false);
  });
  it("keeps managers to dashboards, reports, inventory and findings (read-only)", () => {
    const manager = scopesForRole("MANAGER");
    expect([...manager].every((s) => s.endsWith(":read"))).toBe(true);
    for (const s of ["members:read", "api-keys:read", "audit:read", "system:read", "settings:manage", "members:manage"] as const) expect(manager.has(s)).toBe(false);
    for (const s of ["dashboard:read", "reports:read", "apps:read", "findings:read", "posture:read"] as const) expect(manager.has(s)).toBe(true);
  });
  it("never lets API keys manage members, keys or settings", () => {
    expect(API_KEY_SCOPES).not.toContain("members:manage");
    expect(API_KEY_SCOPES).not.toContain("api-keys:manage");
  });
});
