import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, sortKeys } from "./list-query";
import { appFilterSql, keysetSql, orderSql } from "./list-sql";
import { ZListAppsQuery } from "./list-schemas";

const ORG = "00000000-0000-4000-8000-000000000001";
const ID = "00000000-0000-4000-8000-0000000000aa";
const row = { id: ID, name: "Support Copilot", updatedAt: new Date("2026-01-02T03:04:05.678Z"), criticality: "HIGH" as const };

describe("app list query", () => {
  it("always scopes to the org and adds only the filters given", () => {
    expect(appFilterSql(ORG, {}).values).toEqual([ORG]);
    const where = appFilterSql(ORG, { owner: ID, lifecycle: "PRODUCTION", exposure: "PUBLIC", provider: "openai" });
    expect(where.sql).toMatch(/^a\.org_id = \?::uuid AND a\.owner_id = \?::uuid AND a\.lifecycle = \?::"Lifecycle" AND a\.exposure = \?::"Exposure" AND EXISTS/);
    expect(where.values).toEqual([ORG, ID, "PRODUCTION", "PUBLIC", ORG, "openai"]);
  });

  it("searches name, description, business unit, tags and model ids, without case, with LIKE wildcards escaped", () => {
    const where = appFilterSql(ORG, { q: "  gpt_4o% " });
    expect(where.sql).toContain("a.name ILIKE ? OR a.description ILIKE ? OR a.business_unit ILIKE ? OR ? = ANY(a.tags)");
    expect(where.sql).toContain("mu.model_id ILIKE ?");
    expect(where.values).toContain("%gpt\\_4o\\%%");
    expect(where.values).toContain("gpt_4o%");
    expect(appFilterSql(ORG, { q: "   " }).values).toEqual([ORG]);
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
    const where = keysetSql(keys, ["B", ID]);
    expect(where.sql).toBe("((a.name < ?) OR (a.name = ? AND a.id < ?::uuid))");
    expect(where.values).toEqual(["B", "B", ID]);
    expect(orderSql(keys).sql).toBe("a.name DESC, a.id DESC");
  });

  it("compares criticality in its declared order, then the name and id ascending", () => {
    const desc = keysetSql(sortKeys("criticality", "desc"), ["HIGH", "Zed", ID]);
    expect(desc.sql).toBe('((a.criticality < ?::"Criticality") OR (a.criticality = ?::"Criticality" AND a.name > ?) OR (a.criticality = ?::"Criticality" AND a.name = ? AND a.id > ?::uuid))');
    expect(orderSql(sortKeys("criticality")).sql).toBe("a.criticality DESC, a.name ASC, a.id ASC");
  });

  it("validates the query: one of cursor or page, known enums, bounded limit", () => {
    expect(ZListAppsQuery.safeParse({ cursor: "abc", page: "2" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ provider: "openai.com" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ limit: "500" }).success).toBe(false);
    expect(ZListAppsQuery.safeParse({ orgId: ORG }).success).toBe(false);
    expect(ZListAppsQuery.parse({})).toMatchObject({ sort: "name", limit: 25 });
  });
});
