// The route matrix's inventory, read from the code at test time: every app/api/**/route.ts and the HTTP methods
// its module exports, so a route added later is in the matrix (or fails it) without anyone listing it.
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
export type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteEntry = { key: string; method: Method; path: string; file: string; handler: Handler };

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

/** `app/api/v1/apps/[id]/route.ts` → `/api/v1/apps/{id}` (catch-alls keep their name: `[...nextauth]` → `{...nextauth}`). */
export const pathOfRouteFile = (file: string) =>
  "/" + relative("app", file).replace(/\/route\.ts$/, "").replace(/\[([.\w]+)\]/g, "{$1}");

export async function loadRoutes(root = "app/api"): Promise<RouteEntry[]> {
  const entries: RouteEntry[] = [];
  for (const file of routeFiles(root).sort()) {
    const mod = (await import(resolve(file))) as Record<string, unknown>;
    const path = pathOfRouteFile(file);
    for (const method of METHODS) {
      if (typeof mod[method] === "function") entries.push({ key: `${method} ${path}`, method, path, file, handler: mod[method] as Handler });
    }
  }
  return entries;
}
