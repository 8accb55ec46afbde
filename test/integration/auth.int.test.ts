import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as switchRoute from "@/app/api/v1/me/active-org/route";
import * as membersRoute from "@/app/api/v1/members/route";
import { authenticatePassword } from "@/lib/auth/server/authenticate-password";
import { revokeSession } from "@/lib/auth/server/revoke-session";
import { db } from "@/lib/server/db";
import { redis } from "@/lib/server/redis";
import { call, createOrg, createOrgWithMembers, createUser, sessionCookie, uniq } from "../factories";

describe("password sign-in", () => {
  it("gives the same answer for an unknown user and a wrong password", async () => {
    const user = await createUser({ password: "correct horse battery" });
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const wrong = await authenticatePassword({ email: user.email, password: "wrong password!!", ip });
    const unknown = await authenticatePassword({ email: `nobody-${uniq()}@example.test`, password: "whatever", ip });
    expect(wrong).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(unknown).toEqual(wrong);
    expect(await authenticatePassword({ email: user.email, password: "correct horse battery", ip })).toMatchObject({ ok: true, userId: user.id });
  });

  it("locks an account after repeated failures, even with the right password, while others still sign in", async () => {
    const victim = await createUser({ password: "victim password 1" });
    const bystander = await createUser({ password: "bystander password" });
    for (let i = 0; i < 10; i++) await authenticatePassword({ email: victim.email, password: `guess-${i}`, ip: `203.0.113.${i}` });
    const locked = await authenticatePassword({ email: victim.email, password: "victim password 1", ip: "203.0.113.200" });
    expect(locked).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect((await authenticatePassword({ email: bystander.email, password: "bystander password", ip: "203.0.113.201" })).ok).toBe(true);
    await redis().del(`rl:login:acct:${victim.email}`);
  });

  it("counts parallel guesses before checking them, so a burst cannot exceed the limit", async () => {
    const user = await createUser({ password: "burst target pw" });
    const guesses = await Promise.all(
      Array.from({ length: 16 }, (_, i) => authenticatePassword({ email: user.email, password: `burst-${i}`, ip: `198.18.0.${i}` })),
    );
    expect(guesses.filter((g) => !g.ok && g.reason === "INVALID_CREDENTIALS")).toHaveLength(10);
    expect(guesses.filter((g) => !g.ok && g.reason === "RATE_LIMITED")).toHaveLength(6);
    await redis().del(`rl:login:acct:${user.email}`);
  });

  it("limits failures per IP across accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++) await authenticatePassword({ email: `spray-${i}-${uniq()}@example.test`, password: "Winter2026!", ip });
    const user = await createUser({ password: "a fine password" });
    expect(await authenticatePassword({ email: user.email, password: "a fine password", ip })).toMatchObject({ reason: "RATE_LIMITED" });
    await redis().del(`rl:login:ip:${ip}`);
  });
});

describe("sessions", () => {
  it("ignores malformed unrelated cookies instead of failing the request", async () => {
    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const res = await call(meRoute.GET, { cookie: `junk=%E0%A4%A; ${cookie}; theme=dark` });
    expect(res.status).toBe(200);
  });

  it("stops working once revoked, and role changes apply on the next request", async () => {
    const { members } = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const analyst = members[1]!;
    const { cookie, sessionId } = await sessionCookie(analyst.user.id);
    expect((await call(membersRoute.GET, { cookie })).status).toBe(200);
    await db.membership.update({ where: { id: analyst.membership.id }, data: { role: "MANAGER" } });
    expect((await call(membersRoute.GET, { cookie })).status).toBe(403);
    await revokeSession({ sessionId });
    expect((await call(meRoute.GET, { cookie })).status).toBe(401);
  });

  it("expires idle sessions and refuses disabled users", async () => {
    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie, sessionId } = await sessionCookie(members[0]!.user.id);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect((await call(meRoute.GET, { cookie })).status).toBe(401);
    const fresh = await sessionCookie(members[0]!.user.id);
    await db.user.update({ where: { id: members[0]!.user.id }, data: { disabledAt: new Date() } });
    expect((await call(meRoute.GET, { cookie: fresh.cookie })).status).toBe(401);
  });

  it("switches between the user's organizations only", async () => {
    const { org: first, members } = await createOrgWithMembers(["ADMIN"]);
    const second = await createOrg("Second");
    const user = members[0]!.user;
    await db.membership.create({ data: { orgId: second.id, userId: user.id, role: "MANAGER" } });
    const { cookie } = await sessionCookie(user.id);
    const before = await call(meRoute.GET, { cookie });
    expect(before.json.activeOrg.id).toBe(first.id);
    expect(before.json.orgs).toHaveLength(2);
    const switched = await call(switchRoute.POST, { method: "POST", cookie, body: { orgId: second.id } });
    expect(switched.status).toBe(200);
    const after = await call(meRoute.GET, { cookie });
    expect(after.json.activeOrg).toMatchObject({ id: second.id, role: "MANAGER" });
    expect(after.json.scopes).not.toContain("members:read");
  });
});
