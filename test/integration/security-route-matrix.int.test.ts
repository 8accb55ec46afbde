// Issue 8, route matrix: every app/api route × method (read from the code), called by org B's admin, analyst,
// manager and API key, a revoked key, an expired key and nobody, against org A's ids. Expected: 401 without valid
// credentials, 403 where the role lacks the scope (checked before ids are resolved), 404 for org A's ids; no
// org-A canary in any answer; org A's rows unchanged.
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/registry";
import { call } from "../factories";
import { recordFigures } from "../security/figures";
import { buildOrgAWorld, makeCanary } from "../security/org-a-world";
import { orgBPrincipals, type Principal } from "../security/org-b-principals";
import { PUBLIC_ROUTES, ROUTE_FIXTURES, paramsFor, type Expectation, type RouteFixture } from "../security/route-fixtures";
import { loadRoutes, type RouteEntry } from "../security/route-inventory";
import { changedTables, snapshotOrg } from "../security/tenant-snapshot";

process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // webhook URLs saved by the fixtures; nothing is ever sent to them

const ENDPOINT_BY_KEY = new Map(ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e]));
const isScopeRefusal = (res: { status: number; json: Record<string, any> }) => // eslint-disable-line @typescript-eslint/no-explicit-any
  res.status === 403 && /needs the [\w-]+:[\w-]+ permission/.test(String(res.json?.error?.message));

type Plan = { route: RouteEntry; params: Record<string, string | string[]>; path: string; expectation: Expectation; fixture: RouteFixture | undefined };
type Outcome = { status: number; text: string; json: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

function verdict(route: RouteEntry, principal: Principal, fixture: RouteFixture | undefined, expectation: Expectation, res: Outcome): string | null {
  if (route.key in PUBLIC_ROUTES) return res.status >= 500 && route.key !== "GET /api/health" ? "server error on a public route" : null;
  const scope = ENDPOINT_BY_KEY.get(route.key)!.scope;
  if (!principal.scopes) return res.status === 401 ? null : "expected 401";
  if (!principal.scopes.has(scope)) return isScopeRefusal(res) ? null : `expected 403 (lacks ${scope})`;
  if (fixture?.userOnly && principal.auth.apiKey) return res.status === 403 && !isScopeRefusal(res) ? null : "expected 403 (people only)";
  if (expectation === "not-found") return res.status === 404 && res.json?.error?.code === "NOT_FOUND" ? null : "expected 404 for org A's id";
  return res.status >= 500 || res.status === 401 || isScopeRefusal(res) ? "expected the call to reach the use case" : null;
}

describe("security route matrix", () => {
  it("refuses every route to org B's principals on org A's ids, leaks no org-A canary and leaves org A unchanged", async () => {
    const routes = await loadRoutes();
    const byKey = new Map(routes.map((r) => [r.key, r]));
    const canary = makeCanary();
    const { w } = await buildOrgAWorld(byKey, canary);
    const { principals } = await orgBPrincipals();

    const unknown = routes.filter((r) => !ENDPOINT_BY_KEY.has(r.key) && !(r.key in PUBLIC_ROUTES)).map((r) => `route ${r.key} is neither an endpoint nor public`);
    const missing = routes
      .filter((r) => r.method !== "GET" && !(r.key in ROUTE_FIXTURES) && !(r.key in PUBLIC_ROUTES))
      .map((r) => `route ${r.key} has no fixture`);
    const stale = Object.keys(ROUTE_FIXTURES).filter((k) => !byKey.has(k)).map((k) => `fixture ${k} has no route`);
    const plans = routes.flatMap((route): Plan[] => {
      const open = PUBLIC_ROUTES[route.key];
      if (open) return open.inProcess === false ? [] : [{ route, params: open.params ?? {}, path: open.path, expectation: "reached", fixture: undefined }];
      try {
        const { params, takesOrgId } = paramsFor(route.key, route.path, w);
        const fixture = ROUTE_FIXTURES[route.key];
        const query = fixture?.query?.(w);
        return [{ route, params, path: route.path + (query ? `?${query}` : ""), expectation: fixture?.expect ?? (takesOrgId ? "not-found" : "reached"), fixture }];
      } catch (error) {
        missing.push((error as Error).message);
        return [];
      }
    });
    expect([...unknown, ...missing, ...stale]).toEqual([]);

    const before = await snapshotOrg(w.org!);
    expect(before.llm_apps!.rows, "org A's rows must be visible to the snapshot").toBeGreaterThan(0);
    const failures: string[] = [];
    let calls = 0;
    let leaks = 0;
    for (const plan of plans) {
      for (const principal of principals) {
        const { fixture } = plan;
        const raw = fixture?.raw;
        const res = await call(plan.route.handler as never, {
          method: plan.route.method, path: plan.path, params: plan.params as Record<string, string>, ...principal.auth,
          body: raw ? raw.body(w) : fixture?.body?.(w),
          headers: raw ? { "content-type": raw.contentType } : {},
        });
        calls++;
        if (res.text.includes(canary)) {
          leaks++;
          failures.push(`LEAK ${plan.route.key} as ${principal.name}: ${res.status} ${res.text.slice(0, 200)}`);
        }
        const wrong = verdict(plan.route, principal, fixture, plan.expectation, res);
        if (wrong) failures.push(`${plan.route.key} as ${principal.name}: ${wrong}, got ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    const changed = changedTables(before, await snapshotOrg(w.org!));

    recordFigures("route-matrix", {
      routes: new Set(routes.map((r) => r.file)).size, methods: routes.length, principals: principals.length, calls, leaks,
      not_in_process: routes.length - plans.length,
      unexpected: failures.length - leaks, org_a_rows_changed: changed.length,
    });
    expect(failures).toEqual([]);
    expect(changed).toEqual([]);
    expect(calls).toBe(plans.length * principals.length);
  }, 170_000);
});
