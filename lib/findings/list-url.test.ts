import { describe, expect, it } from "vitest";
import { apiQueryOf, listStateFromParams, listStateToParams } from "./list-url";

describe("findings list URL", () => {
  it("shows active findings by default and keeps plain /findings plain", () => {
    const state = listStateFromParams({});
    expect(apiQueryOf(state)).toEqual({ status: "OPEN,TRIAGED,IN_PROGRESS" });
    expect(listStateToParams(state).toString()).toBe("");
  });
  it("round-trips filters and sort, and status=all lists every status", () => {
    const params = { severity: "CRITICAL,HIGH", source: "SAST", assignee: "me", sla: "overdue", q: "api key", sort: "severity", tag: "LLM02" };
    const state = listStateFromParams(params);
    expect(Object.fromEntries(listStateToParams(state))).toEqual(params);
    const all = listStateFromParams({ status: "all" });
    expect(apiQueryOf(all)).toEqual({});
    expect(listStateToParams(all).toString()).toBe("status=all");
  });
  it("drops values the API would refuse without losing the others", () => {
    const state = listStateFromParams({ severity: "URGENT", sla: "overdue", app: "not-a-uuid", sort: "random" });
    expect(apiQueryOf(state)).toEqual({ sla: "overdue", status: "OPEN,TRIAGED,IN_PROGRESS" });
    expect(state.sort).toBe("last_seen");
  });
});
