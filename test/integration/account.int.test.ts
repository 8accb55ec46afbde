import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as passwordRoute from "@/app/api/v1/me/password/route";
import { authenticatePassword } from "@/lib/auth/server/authenticate-password";
import { db } from "@/lib/server/db";
import { call, createOrg, createUser, sessionCookie } from "../factories";

describe("change password", () => {
  it("enforces 12+ characters and the current password, then ends the other sessions", async () => {
    const org = await createOrg();
    const user = await createUser({ password: "original password" });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "ANALYST" } });
    const mine = await sessionCookie(user.id);
    const other = await sessionCookie(user.id);

    const short = await call(passwordRoute.POST, { method: "POST", cookie: mine.cookie, body: { currentPassword: "original password", newPassword: "short-11chr" } });
    expect(short.status).toBe(400);
    const wrong = await call(passwordRoute.POST, { method: "POST", cookie: mine.cookie, body: { currentPassword: "nope", newPassword: "a much longer passphrase" } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.message).toMatch(/current password/);

    const ok = await call(passwordRoute.POST, { method: "POST", cookie: mine.cookie, body: { currentPassword: "original password", newPassword: "a much longer passphrase" } });
    expect(ok.status).toBe(200);
    expect(ok.json.otherSessionsEnded).toBe(1);
    expect((await call(meRoute.GET, { cookie: mine.cookie })).status).toBe(200);
    expect((await call(meRoute.GET, { cookie: other.cookie })).status).toBe(401);
    expect((await authenticatePassword({ email: user.email, password: "a much longer passphrase", ip: "127.0.0.9" })).ok).toBe(true);
    expect((await authenticatePassword({ email: user.email, password: "original password", ip: "127.0.0.9" })).ok).toBe(false);
  });
});
