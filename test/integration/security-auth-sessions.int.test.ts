// Issue 8, sessions: what next-auth issues at sign-in (cookie flags over http and https, a fresh token each time) and
// that every way a session should end (logout, password change, user disabled, member removed) ends it server-side.
import { afterAll, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as membersRoute from "@/app/api/v1/members/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as passwordRoute from "@/app/api/v1/me/password/route";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, createUser, sessionCookie } from "../factories";
import { authClient, type IssuedCookie } from "../helpers/next-auth-flow";
import { recordFigures } from "../security/figures";

const tally = { signIns: 0, cookiesChecked: 0, endings: 0, replays: 0, replaysAccepted: 0 };

async function memberWithPassword(role: "ADMIN" | "ANALYST" = "ANALYST") {
  const password = `pw-${crypto.randomUUID()}`;
  const user = await createUser({ password });
  const { org } = await createOrgWithMembers(["ADMIN"]);
  const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role } });
  return { user, password, org, membership };
}

async function signedIn(email: string, password: string, publicUrl?: string) {
  const client = authClient({ publicUrl, ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  const res = await client.signIn(email, password);
  tally.signIns++;
  expect(res.location).toMatch(/\/dashboard$/);
  return client;
}

/** Replays a cookie that should be dead: the API must answer 401. */
async function expectDead(cookie: string) {
  tally.replays++;
  const res = await call(meRoute.GET, { cookie });
  if (res.status !== 401) tally.replaysAccepted++;
  expect(res.status).toBe(401);
}

const sessionCookieOf = (issued: IssuedCookie[]) => issued.find((c) => c.name.endsWith("next-auth.session-token") && c.value);

describe("session cookies issued at sign-in", () => {
  it("are HttpOnly and SameSite=Lax, and Secure with a __Secure-/__Host- prefix when the console is served over https", async () => {
    const { user, password } = await memberWithPassword();
    for (const publicUrl of ["http://console.test", "https://console.example"]) {
      const client = await signedIn(user.email, password, publicUrl);
      const https = publicUrl.startsWith("https://");
      const session = sessionCookieOf(client.issued);
      expect(session?.name).toBe(https ? "__Secure-next-auth.session-token" : "next-auth.session-token");
      for (const c of client.issued) {
        tally.cookiesChecked++;
        expect(c.attributes.httponly, c.header).toBe(true);
        expect(String(c.attributes.samesite).toLowerCase(), c.header).toMatch(/^(lax|strict)$/);
        expect(c.attributes.secure ?? false, c.header).toBe(https);
        if (https) expect(c.name, c.header).toMatch(/^__(Secure|Host)-/);
      }
      expect((await call(meRoute.GET, { cookie: client.cookieHeader() })).status).toBe(200);
    }
  });

  it("gives a new token and a new server-side session on every sign-in, without reusing the cookie sent along", async () => {
    const { user, password } = await memberWithPassword();
    const client = await signedIn(user.email, password);
    const first = client.jar[client.sessionCookieName]!;
    const again = await client.signIn(user.email, password);
    tally.signIns++;
    expect(again.location).toMatch(/\/dashboard$/);
    const second = client.jar[client.sessionCookieName]!;
    expect(second).not.toBe(first);
    const sessions = await db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(sessions).toHaveLength(2);
  });
});

describe("sessions end server-side", () => {
  it("on sign-out: the pre-logout cookie answers 401", async () => {
    const { user, password } = await memberWithPassword();
    const client = await signedIn(user.email, password);
    const cookie = client.cookieHeader();
    expect((await call(meRoute.GET, { cookie })).status).toBe(200);
    await client.signOut();
    tally.endings++;
    expect(client.jar[client.sessionCookieName]).toBeUndefined();
    await expectDead(cookie);
  });

  it("on password change: every other session of the user answers 401, the one that changed it keeps working", async () => {
    const { user, password } = await memberWithPassword();
    const laptop = await signedIn(user.email, password);
    const phone = await signedIn(user.email, password);
    const res = await call(passwordRoute.POST, { method: "POST", cookie: laptop.cookieHeader(), body: { currentPassword: password, newPassword: "a brand new passphrase 2026" } });
    expect(res.status).toBe(200);
    tally.endings++;
    await expectDead(phone.cookieHeader());
    expect((await call(meRoute.GET, { cookie: laptop.cookieHeader() })).status).toBe(200);
  });

  it("on user disable: all of the user's sessions answer 401", async () => {
    const { user, password } = await memberWithPassword();
    const a = await signedIn(user.email, password);
    const b = await signedIn(user.email, password);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    tally.endings++;
    await expectDead(a.cookieHeader());
    await expectDead(b.cookieHeader());
    // And a disabled user cannot sign in again.
    expect((await authClient({ ip: "10.8.0.1" }).signIn(user.email, password)).location).toMatch(/error=CredentialsSignin/);
  });

  it("on member removal: the removed member's cookie reaches nothing of that org on the next request", async () => {
    const { user, password, org, membership } = await memberWithPassword("ADMIN");
    const removed = await signedIn(user.email, password);
    expect((await call(membersRoute.GET, { cookie: removed.cookieHeader() })).status).toBe(200);
    const admin = await db.membership.findFirstOrThrow({ where: { orgId: org.id, userId: { not: user.id } }, select: { userId: true } });
    const { cookie: adminCookie } = await sessionCookie(admin.userId);
    const res = await call(memberRoute.DELETE, { method: "DELETE", cookie: adminCookie, params: { id: membership.id } });
    expect(res.status).toBe(200);
    tally.endings++;
    tally.replays++;
    const after = await call(membersRoute.GET, { cookie: removed.cookieHeader() });
    // The removal ended the session that acted in that org: the next request is refused as signed out.
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe("UNAUTHENTICATED");
    expect(after.text).not.toContain(org.id);
  });
});

afterAll(() => {
  recordFigures("sessions", { ...tally });
});
