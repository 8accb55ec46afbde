// Issue 8, role matrix: every endpoint × role, called by a member of that role in their own org, is refused with
// the scope's 403 exactly when ROLE_SCOPES does not give the role the endpoint's scope. Then: a demoted admin and
// a removed member lose access on their very next request with the same cookie.
import { describe, expect, it } from "vitest";
import * as keysRoute from "@/app/api/v1/api-keys/route";
import * as webhooksRoute from "@/app/api/v1/alerts/webhooks/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as membersRoute from "@/app/api/v1/members/route";
import { ENDPOINTS } from "@/lib/api/registry";
import { ROLES, ROLE_SCOPES } from "@/lib/auth/scopes";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { recordFigures } from "../security/figures";
import { loadRoutes } from "../security/route-inventory";

const ZERO_UUID = "00000000-0000-4000-8000-000000000000";
const scopeRefusal = (res: { status: number; json: Record<string, any> }, scope: string) => // eslint-disable-line @typescript-eslint/no-explicit-any
  res.status === 403 && res.json?.error?.message === `This action needs the ${scope} permission`;

describe("security role matrix", () => {
  it("refuses an endpoint to a role exactly when the scope table does not give it the endpoint's scope", async () => {
    const routes = new Map((await loadRoutes("app/api/v1")).map((r) => [r.key, r]));
    const { members } = await createOrgWithMembers([...ROLES]);
    const cookies = await Promise.all(members.map(async (m) => ({ role: m.role, cookie: (await sessionCookie(m.user.id)).cookie })));
    const mismatches: string[] = [];
    let cells = 0;
    for (const endpoint of ENDPOINTS) {
      const key = `${endpoint.method} ${endpoint.path}`;
      const route = routes.get(key);
      expect(route, `${key} has a route file`).toBeDefined();
      // Inputs that fail validation once past the scope check (an unknown id, a body of the wrong shape, a raw
      // body of the wrong type), so a permitted call changes as little as possible.
      const params = Object.fromEntries([...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, ZERO_UUID]));
      const send = endpoint.rawBody ? { body: "x", headers: { "content-type": "text/x-not-accepted" } } : endpoint.body ? { body: { notAField: true } } : {};
      for (const { role, cookie } of cookies) {
        const res = await call(route!.handler as never, { method: endpoint.method, path: endpoint.path, params, cookie, ...send });
        cells++;
        const allowed = ROLE_SCOPES[role].includes(endpoint.scope);
        if (res.status === 401 || allowed === scopeRefusal(res, endpoint.scope)) {
          mismatches.push(`${key} as ${role} (${allowed ? "has" : "lacks"} ${endpoint.scope}): ${res.status} ${res.text.slice(0, 160)}`);
        }
      }
    }
    recordFigures("role-matrix", { endpoints: ENDPOINTS.length, roles: cookies.length, cells, mismatches: mismatches.length });
    expect(mismatches).toEqual([]);
    expect(cells).toBe(ENDPOINTS.length * ROLES.length);
  }, 120_000);

  it("takes an admin-only action away on the next request after a demotion, and all access after a removal", async () => {
    const { members } = await createOrgWithMembers(["ADMIN", "ADMIN", "ANALYST"]);
    const [lead, demoted, removed] = members;
    const leadCookie = (await sessionCookie(lead!.user.id)).cookie;
    const { cookie } = await sessionCookie(demoted!.user.id);
    const createKey = () => call(keysRoute.POST, { method: "POST", cookie, body: { name: "before demotion", scopes: ["settings:read"] } });
    const created = await createKey();
    expect(created.status, created.text).toBe(201);
    const token = created.json.secret;
    expect(typeof token).toBe("string");
    expect((await call(webhooksRoute.GET, { apiKey: token })).status).toBe(200);

    const demote = await call(memberRoute.PATCH, { method: "PATCH", cookie: leadCookie, params: { id: demoted!.membership.id }, body: { role: "MANAGER" } });
    expect(demote.status, demote.text).toBe(200);
    const after = await createKey();
    expect(scopeRefusal(after, "api-keys:manage"), after.text).toBe(true);
    // The key they made as an admin never exceeds what its creator may still do.
    expect(scopeRefusal(await call(webhooksRoute.GET, { apiKey: token }), "settings:read")).toBe(true);

    const removedCookie = (await sessionCookie(removed!.user.id)).cookie;
    expect((await call(membersRoute.GET, { cookie: removedCookie })).status).toBe(200);
    const removal = await call(memberRoute.DELETE, { method: "DELETE", cookie: leadCookie, params: { id: removed!.membership.id } });
    expect(removal.status, removal.text).toBe(200);
    for (const res of [await call(membersRoute.GET, { cookie: removedCookie }), await call(meRoute.GET, { cookie: removedCookie })]) {
      expect([401, 403], res.text).toContain(res.status);
      expect(res.text).not.toContain(lead!.user.email);
    }
  });
});
