import { describe, expect, it } from "vitest";
import * as keysRoute from "@/app/api/v1/api-keys/route";
import * as keyRoute from "@/app/api/v1/api-keys/[id]/route";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as auditEventRoute from "@/app/api/v1/audit-events/[id]/route";
import * as exportsRoute from "@/app/api/v1/audit-exports/route";
import * as exportRoute from "@/app/api/v1/audit-exports/[id]/route";
import * as downloadRoute from "@/app/api/v1/audit-exports/[id]/download/route";
import * as switchRoute from "@/app/api/v1/me/active-org/route";
import * as membersRoute from "@/app/api/v1/members/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie } from "../factories";

describe("tenant isolation: org B cannot see or touch org A", () => {
  it("answers 404 for every org A id, to org B's admin session and API key, and leaves org A unchanged", async () => {
    const a = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const b = await createOrgWithMembers(["ADMIN"]);
    const aAdmin = a.members[0]!;
    const { cookie: aCookie } = await sessionCookie(aAdmin.user.id);
    const aKey = await call(keysRoute.POST, { method: "POST", cookie: aCookie, body: { name: "a-key", scopes: ["members:read"] } });
    const aExport = await call(exportsRoute.POST, { method: "POST", cookie: aCookie, body: {} });
    expect(aExport.status).toBe(201);

    const bAdmin = b.members[0]!;
    const { cookie: bCookie } = await sessionCookie(bAdmin.user.id);
    const bApiKey = await createApiKeyFor(b.org.id, bAdmin.user.id, ["members:read", "api-keys:read", "audit:read", "audit:export"]);
    const analystId = a.members[1]!.membership.id;
    const aEvent = await db.auditEvent.findFirstOrThrow({ where: { orgId: a.org.id }, select: { id: true } });
    const ownEvent = await db.auditEvent.findFirstOrThrow({ where: { orgId: b.org.id }, select: { id: true } });
    expect((await call(auditEventRoute.GET, { cookie: bCookie, params: { id: ownEvent.id.toString() } })).status).toBe(200);

    const attempts = [
      () => call(memberRoute.PATCH, { method: "PATCH", cookie: bCookie, params: { id: analystId }, body: { role: "ADMIN" } }),
      () => call(memberRoute.DELETE, { method: "DELETE", cookie: bCookie, params: { id: analystId } }),
      () => call(keyRoute.DELETE, { method: "DELETE", cookie: bCookie, params: { id: aKey.json.apiKey.id } }),
      () => call(exportRoute.GET, { cookie: bCookie, params: { id: aExport.json.export.id } }),
      () => call(downloadRoute.GET, { cookie: bCookie, params: { id: aExport.json.export.id } }),
      () => call(exportRoute.GET, { apiKey: bApiKey, params: { id: aExport.json.export.id } }),
      () => call(auditEventRoute.GET, { cookie: bCookie, params: { id: aEvent.id.toString() } }),
      () => call(auditEventRoute.GET, { apiKey: bApiKey, params: { id: aEvent.id.toString() } }),
      () => call(switchRoute.POST, { method: "POST", cookie: bCookie, body: { orgId: a.org.id } }),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status, res.text).toBe(404);
      expect(res.json.error.code).toBe("NOT_FOUND");
    }

    for (const auth of [{ cookie: bCookie }, { apiKey: bApiKey }]) {
      const members = await call(membersRoute.GET, auth);
      expect(members.json.members.map((m: { email: string }) => m.email)).toEqual([bAdmin.user.email]);
      const keys = await call(keysRoute.GET, auth);
      expect(keys.json.apiKeys.every((k: { name: string }) => k.name !== "a-key")).toBe(true);
      const events = await call(auditRoute.GET, auth);
      expect(events.status).toBe(200);
      expect(events.text).not.toContain(aAdmin.user.email);
    }

    const analyst = await db.membership.findUniqueOrThrow({ where: { id: analystId } });
    expect(analyst.role).toBe("ANALYST");
    const key = await db.apiKey.findUniqueOrThrow({ where: { id: aKey.json.apiKey.id } });
    expect(key.revokedAt).toBeNull();
  });

  it("ignores an orgId smuggled into a body", async () => {
    const a = await createOrgWithMembers(["ADMIN"]);
    const b = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(b.members[0]!.user.id);
    const res = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "smuggled@example.test", role: "ADMIN", orgId: a.org.id } });
    expect(res.status).toBe(400);
    expect(await db.membership.count({ where: { orgId: a.org.id } })).toBe(1);
  });
});
