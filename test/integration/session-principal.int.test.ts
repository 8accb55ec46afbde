// The session principal is resolved in one query (session, user, acting membership): the active org while the
// user is still a member there, else their oldest membership, written back to the session.
import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as switchRoute from "@/app/api/v1/me/active-org/route";
import { db } from "@/lib/server/db";
import { call, createOrg, createOrgWithMembers, sessionCookie } from "../factories";

describe("session principal", () => {
  it("falls back to the oldest membership when removed from the active org, and to no org without any", async () => {
    const { org: first, members } = await createOrgWithMembers(["ANALYST"]);
    const user = members[0]!.user;
    const second = await createOrg("Second");
    const third = await createOrg("Third");
    await db.membership.create({ data: { orgId: second.id, userId: user.id, role: "MANAGER" } });
    await db.membership.create({ data: { orgId: third.id, userId: user.id, role: "ADMIN" } });
    const { cookie, sessionId } = await sessionCookie(user.id);
    expect((await call(switchRoute.POST, { method: "POST", cookie, body: { orgId: third.id } })).status).toBe(200);
    expect((await call(meRoute.GET, { cookie })).json.activeOrg).toMatchObject({ id: third.id, role: "ADMIN" });

    await db.membership.deleteMany({ where: { orgId: third.id, userId: user.id } });
    expect((await call(meRoute.GET, { cookie })).json.activeOrg).toMatchObject({ id: first.id, role: "ANALYST" });
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).activeOrgId).toBe(first.id);

    await db.membership.deleteMany({ where: { userId: user.id } });
    const none = await call(meRoute.GET, { cookie });
    expect(none.json.error.code).toBe("NO_ORGANIZATION");
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).activeOrgId).toBeNull();
  });
});
