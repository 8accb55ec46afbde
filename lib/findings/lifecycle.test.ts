import { describe, expect, it } from "vitest";
import { STATUSES } from "./constants";
import { allowedTransitions, canTransition, daysUntil, riskAcceptanceProblem, slaStateOf } from "./lifecycle";

const now = new Date("2026-06-01T00:00:00Z");
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);

describe("finding lifecycle", () => {
  it("walks open → triaged → in progress → resolved and reopens closed findings", () => {
    expect(canTransition("OPEN", "TRIAGED")).toBe(true);
    expect(canTransition("TRIAGED", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "RESOLVED")).toBe(true);
    for (const closed of ["RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"] as const) expect(allowedTransitions(closed)).toEqual(["OPEN"]);
  });
  it("never allows a status to move to itself or a closed finding to skip reopening", () => {
    for (const s of STATUSES) expect(canTransition(s, s)).toBe(false);
    expect(canTransition("RESOLVED", "IN_PROGRESS")).toBe(false);
    expect(canTransition("FALSE_POSITIVE", "RISK_ACCEPTED")).toBe(false);
  });
  it("asks a risk acceptance for a justification and a future expiry within a year", () => {
    expect(riskAcceptanceProblem({ until: inDays(30) }, now)).toMatch(/justification/);
    expect(riskAcceptanceProblem({ justification: "compensating control", until: inDays(-1) }, now)).toMatch(/future/);
    expect(riskAcceptanceProblem({ justification: "x", until: inDays(400) }, now)).toMatch(/at most/);
    expect(riskAcceptanceProblem({ justification: "vendor fix due", until: inDays(90) }, now)).toBeNull();
  });
  it("places active findings against their SLA and ignores closed ones", () => {
    expect(slaStateOf(inDays(-1), "OPEN", now)).toBe("overdue");
    expect(slaStateOf(inDays(3), "TRIAGED", now)).toBe("due_soon");
    expect(slaStateOf(inDays(30), "IN_PROGRESS", now)).toBe("on_track");
    expect(slaStateOf(inDays(-10), "RESOLVED", now)).toBe("none");
    expect(slaStateOf(null, "OPEN", now)).toBe("none");
    expect(daysUntil(inDays(-2.5), now)).toBe(-3);
  });
});
