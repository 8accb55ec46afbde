// Issue 8, CSRF: every state-changing route handler under app/api, found on disk, is called with a valid admin session
// cookie from another site in several forms; each must answer 403 before it does anything. The same request from our
// own origin must get past that gate (JSON endpoints then refuse text/plain with 415), so the proof cannot pass by
// refusing everything.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/registry";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { recordFigures } from "../security/figures";

// next-auth's own endpoints are not cookie-authenticated writes: they carry next-auth's double-submit CSRF token
// (proven in security-auth-sessions through sign-out and sign-in).
const NOT_COOKIE_AUTHENTICATED = new Set(["app/api/auth/[...nextauth]/route.ts"]);

type Handler = Parameters<typeof call>[0];
type Target = { file: string; method: string; path: string; handler: Handler; endpoint: Endpoint | undefined };

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

const files = routeFiles("app/api").filter((f) => !NOT_COOKIE_AUTHENTICATED.has(f));
const declared = files.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/export (?:const|async function|function) (POST|PATCH|PUT|DELETE)\b|export \{[^}]*\bas (POST|PATCH|PUT|DELETE)\b/g)].map((m) => ({ file, method: (m[1] ?? m[2])! })),
);

// Params that satisfy the endpoint's schema, so a same-origin call reaches the body check.
function paramsFor(endpoint: Endpoint | undefined, path: string): Record<string, string> {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const params: Record<string, string> = Object.fromEntries(names.map((n) => [n, randomUUID() as string]));
  const shape = (endpoint?.params as unknown as { shape?: Record<string, { options?: string[] }> } | undefined)?.shape;
  for (const n of names) if (shape?.[n]?.options?.length) params[n] = shape[n].options[0]!;
  return params;
}

const tally = { routes: 0, vectors: 0, rejected: 0, sameOriginPassed: 0, json415: 0 };
let targets: Target[] = [];
let cookie = "";

beforeAll(async () => {
  targets = await Promise.all(
    declared.map(async ({ file, method }) => {
      const mod = (await import(join(process.cwd(), file))) as Record<string, Handler>;
      const path = "/" + relative("app", file).replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
      return { file, method, path, handler: mod[method]!, endpoint: ENDPOINTS.find((e) => e.method === method && e.path === path) };
    }),
  );
  const { members } = await createOrgWithMembers(["ADMIN"]);
  cookie = (await sessionCookie(members[0]!.user.id)).cookie;
});

const CROSS_SITE: { name: string; headers: Record<string, string> }[] = [
  { name: "Origin: https://evil.example", headers: { origin: "https://evil.example" } },
  { name: "look-alike origin", headers: { origin: "http://console.test.evil.example" } },
  { name: "Origin: null (sandboxed frame)", headers: { origin: "null" } },
  { name: "Sec-Fetch-Site: cross-site with our Origin", headers: { "sec-fetch-site": "cross-site" } },
  { name: "Sec-Fetch-Site: same-site (sibling subdomain)", headers: { origin: "", "sec-fetch-site": "same-site" } },
  { name: "no Origin, no Sec-Fetch-Site", headers: { origin: "" } },
];

describe("cookie-authenticated state-changing route handlers", () => {
  it("are found on disk: every mutating export of app/api/**/route.ts except next-auth's own", () => {
    expect(declared.length).toBeGreaterThan(40);
    expect(targets.every((t) => typeof t.handler === "function")).toBe(true);
    // Every /api/v1 mutation has its contract, so the 415 check below knows which ones take JSON.
    expect(targets.filter((t) => t.path.startsWith("/api/v1/") && !t.endpoint).map((t) => `${t.method} ${t.path}`)).toEqual([]);
  });

  it("refuse cross-site requests with 403 before doing anything, and let our own origin through", async () => {
    const leaks: string[] = [];
    for (const t of targets) {
      tally.routes++;
      const params = paramsFor(t.endpoint, t.path);
      const json = Boolean(t.endpoint?.body);
      for (const vector of CROSS_SITE) {
        tally.vectors++;
        const res = await call(t.handler, { method: t.method, path: t.path, params, cookie, body: json ? {} : undefined, headers: vector.headers });
        if (res.status === 403 && res.json?.error?.message === "Cross-site request refused") tally.rejected++;
        else leaks.push(`${t.method} ${t.path} [${vector.name}] -> ${res.status}`);
      }
      const own = await call(t.handler, { method: t.method, path: t.path, params, cookie, body: json ? "{}" : undefined, headers: { "sec-fetch-site": "same-origin", ...(json ? { "content-type": "text/plain" } : {}) } });
      if (own.json?.error?.message !== "Cross-site request refused") tally.sameOriginPassed++;
      if (json) {
        expect(own.status, `${t.method} ${t.path} with text/plain`).toBe(415);
        tally.json415++;
      }
    }
    expect(leaks).toEqual([]);
    expect(tally.sameOriginPassed).toBe(targets.length);
  });
});

afterAll(() => {
  recordFigures("csrf", { ...tally });
});
