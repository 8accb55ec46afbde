import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/registry";

const API_ROOT = "app/api/v1";
const UNDOCUMENTED = new Set(["GET /api/v1/openapi.json"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

describe("API routes and the OpenAPI document", () => {
  const handlers = routeFiles(API_ROOT).flatMap((file) => {
    const path = "/" + relative("app", file).replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b|export function (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => ({
      key: `${m[1] ?? m[2]} /${path.slice(1)}`,
      usesDefineRoute: source.includes("defineRoute("),
    }));
  });

  it("documents every handler and has a handler for every documented operation", () => {
    const implemented = handlers.map((h) => h.key).filter((k) => !UNDOCUMENTED.has(k)).sort();
    const documented = ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort();
    expect(implemented).toEqual(documented);
  });

  it("builds every /api/v1 handler with defineRoute", () => {
    expect(handlers.filter((h) => !UNDOCUMENTED.has(h.key) && !h.usesDefineRoute)).toEqual([]);
  });

  it("produces a document with unique operation ids and scopes on every operation", () => {
    const doc = buildOpenApiDocument();
    const ops = Object.values(doc.paths).flatMap((m) => Object.values(m) as { operationId: string; "x-required-scope": string }[]);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(ops.every((o) => o["x-required-scope"])).toBe(true);
  });
});
