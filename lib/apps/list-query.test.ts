import { describe, expect, it } from "vitest";
import { appFilterWhere, buildAppListArgs, decodeCursor, encodeCursor, keysetWhere, sortKeys } from "./list-query";
import { ZListAppsQuery } from "./list-schemas";

const ORG = "00000000-0000-4000-8000-000000000001";
const ID = "00000000-0000-4000-8000-0000000000aa";
const row = { id: ID, name: "Support Copilot", updatedAt: new Date("2026-01-02T03:04:05.678Z"), criticality: "HIGH" as const };

describe("app list query", () => {
  it("always scopes to the org and adds only the filters given", () => {
    expect(appFilterWhere(ORG, {})).toEqual({ orgId: ORG });
    const where = appFilterWhere(ORG, { owner: ID, lifecycle: "PRODUCTION", exposure: "PUBLIC", provider: "openai" });
    expect(where).toEqual({
      orgId: ORG, ownerId: ID, lifecycle: "PRODUCTION", exposure: "PUBLIC",
      modelUsages: { some: { orgId: ORG, provider: "openai" } },
    });
  });

  it("searches name, description, business unit, tags and model ids, without case", () => {
    const where = appFilterWhere(ORG, { q: "  gpt-4o " });
    expect(where.orgId).toBe(ORG);
    expect(where.OR).toContainEqual({ name: { contains: "gpt-4o", mode: "insensitive" } });
    expect(where.OR).toContainEqual({ tags: { has: "gpt-4o" } });
    expect(where.OR).toContainEqual({ modelUsages: { some: { orgId: ORG, modelId: { contains: "gpt-4o", mode: "insensitive" } } } });
    expect(appFilterWhere(ORG, { q: "   " })).toEqual({ orgId: ORG });
  });

  it("sorts by the column with the id as tie-breaker, in each column's natural default order", () => {
    expect(sortKeys("name")).toEqual([{ field: "name", dir: "asc" }, { field: "id", dir: "asc" }]);
    expect(sortKeys("updatedAt")).toEqual([{ field: "updatedAt", dir: "desc" }, { field: "id", dir: "desc" }]);
    expect(sortKeys("criticality", "asc")).toEqual([{ field: "criticality", dir: "asc" }, { field: "name", dir: "asc" }, { field: "id", dir: "asc" }]);
  });

  it("round-trips a cursor and refuses one made for another sort or tampered with", () => {
    const keys = sortKeys("updatedAt");
    const cursor = encodeCursor(keys, row);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(keys, cursor)).toEqual([row.updatedAt.toISOString(), ID]);
    expect(decodeCursor(sortKeys("name"), cursor)).toBeNull();
    expect(decodeCursor(keys, "not-json")).toBeNull();
    const forged = Buffer.from(JSON.stringify({ k: "updatedAt:desc,id:desc", v: ["yesterday", "x"] })).toString("base64url");
    expect(decodeCursor(keys, forged)).toBeNull();
  });

  it("builds a keyset condition: after the cursor in each key, given equality on the keys before it", () => {
    const keys = sortKeys("name", "desc");
    expect(keysetWhere(keys, ["B", ID])).toEqual({
      OR: [{ AND: [{ name: { lt: "B" } }] }, { AND: [{ name: "B" }, { id: { lt: ID } }] }],
    });
  });

  it("compares criticality by its declared order (enums have no range operators)", () => {
    const desc = keysetWhere(sortKeys("criticality", "desc"), ["HIGH", "Zed", ID]);
    expect(desc.OR?.[0]).toEqual({ AND: [{ criticality: { in: ["LOW", "MEDIUM"] } }] });
    expect(desc.OR?.[1]).toEqual({ AND: [{ criticality: "HIGH" }, { name: { gt: "Zed" } }] });
    const asc = keysetWhere(sortKeys("criticality", "asc"), ["HIGH", "Zed", ID]);
    expect(asc.OR?.[0]).toEqual({ AND: [{ criticality: { in: ["CRITICAL"] } }] });
  });

  it("turns a page number into an offset and a cursor into a keyset, fetching one extra row", () => {
    const byPage = buildAppListArgs(ORG, ZListAppsQuery.parse({ page: "3", limit: "10", lifecycle: "IDEA" }))!;
    expect(byPage).toMatchObject({ skip: 20, take: 11, where: { orgId: ORG, lifecycle: "IDEA" }, orderBy: [{ name: "asc" }, { id: "asc" }] });
    const keys = sortKeys("name");
    const byCursor = buildAppListArgs(ORG, ZListAppsQuery.parse({ cursor: encodeCursor(keys, row) }))!;
    expect(byCursor.skip).toBe(0);
    expect(byCursor.where.orgId).toBe(ORG);
    expect(byCursor.where.AND).toHaveLength(1);
    expect(byCursor.countWhere).toEqual({ orgId: ORG });
    expect(buildAppListArgs(ORG, ZListAppsQuery.parse({ cursor: "abc" }))).toBeNull();
  });

  it("validates the query: one of cursor or page, known enums, bounded limit", () => {
    expect(ZListAppsQuery.safeParse({ cursor: "abc", page: "2" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ provider: "openai.com" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ limit: "500" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ orgId: ORG }).success).toBe(false);
    expect(ZListAppsQuery.parse({})).toMatchObject({ sort: "name", limit: 25 });
  });
});
