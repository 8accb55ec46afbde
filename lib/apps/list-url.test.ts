import { describe, expect, it } from "vitest";
import { EMPTY_LIST_STATE, listStateFromParams, listStateToParams, listStateToQuery, pageCount, toggleSort } from "./list-url";

const OWNER = "00000000-0000-4000-8000-000000000001";

describe("apps list URL state", () => {
  it("round-trips filters, sort and page through URL parameters, leaving defaults out", () => {
    const state = { ...EMPTY_LIST_STATE, q: "bot", owner: OWNER, lifecycle: "PRODUCTION", provider: "aws.bedrock", sort: "criticality" as const, order: "desc" as const, page: 3 };
    const params = listStateToParams(state);
    expect(params.toString()).toBe(`q=bot&owner=${OWNER}&lifecycle=PRODUCTION&provider=aws.bedrock&sort=criticality&page=3`);
    expect(listStateFromParams(Object.fromEntries(params))).toEqual(state);
    expect(listStateToParams(EMPTY_LIST_STATE).toString()).toBe("");
  });

  it("drops values the API would refuse", () => {
    expect(listStateFromParams({ owner: "me", lifecycle: "LIVE", provider: "openai.com", sort: "owner", page: "0", q: ["first", "second"] })).toEqual({ ...EMPTY_LIST_STATE, q: "first" });
    expect(listStateFromParams({ sort: "updatedAt" }).order).toBe("desc");
  });

  it("builds the API query and flips or resets the sort on header clicks", () => {
    expect(listStateToQuery({ ...EMPTY_LIST_STATE, exposure: "PUBLIC" })).toEqual({ sort: "name", order: "asc", page: 1, limit: 20, exposure: "PUBLIC" });
    const byName = toggleSort({ ...EMPTY_LIST_STATE, page: 4 }, "name");
    expect(byName).toMatchObject({ sort: "name", order: "desc", page: 1 });
    expect(toggleSort(byName, "updatedAt")).toMatchObject({ sort: "updatedAt", order: "desc" });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});
