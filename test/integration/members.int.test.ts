import pg from "pg";
import { describe, expect, it } from "vitest";
import * as membersRoute from "@/app/api/v1/members/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as meRoute from "@/app/api/v1/me/route";
import { authenticatePassword } from "@/lib/auth/server/authenticate-password";
import { addMember } from "@/lib/members/server/add-member";
import { updateMemberRole } from "@/lib/members/server/update-member-role";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, userCtx } from "../factories";

describe("members", () => {
  it("adds a new person with a one-time password that works for sign-in, and audits it", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const admin = members[0]!;
    const { cookie } = await sessionCookie(admin.user.id);
    const res = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "New.Person@Example.test", role: "ANALYST" } });
    expect(res.status).toBe(201);
    expect(res.json.member).toMatchObject({ email: "new.person@example.test", role: "ANALYST" });
    const password = res.json.temporaryPassword as string;
    expect(password.length).toBeGreaterThanOrEqual(16);
    const login = await authenticatePassword({ email: "new.person@example.test", password, ip: "10.0.0.1" });
    expect(login.ok).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "member.added" } });
    expect(audit.actorLabel).toBe(admin.user.email);
    expect(JSON.stringify(audit.summary)).not.toContain(password);
  });

  it("adds an existing user without a new password and refuses duplicates", async () => {
    const a = await createOrgWithMembers(["ADMIN"]);
    const b = await createOrgWithMembers(["ADMIN"]);
    const ctx = userCtx(a.org, a.members[0]!.user, "ADMIN");
    const other = b.members[0]!.user;
    const added = await addMember({ ctx, email: other.email, role: "MANAGER" });
    expect(added.temporaryPassword).toBeNull();
    await expect(addMember({ ctx, email: other.email, role: "MANAGER" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("changes roles and removes members, but never the last admin", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const [admin, analyst] = members as [typeof members[0], typeof members[0]];
    const { cookie } = await sessionCookie(admin.user.id);
    const demote = await call(memberRoute.PATCH, { method: "PATCH", cookie, params: { id: admin.membership.id }, body: { role: "MANAGER" } });
    expect(demote.status).toBe(409);
    expect(demote.json.error.code).toBe("CONFLICT");

    const promote = await call(memberRoute.PATCH, { method: "PATCH", cookie, params: { id: analyst.membership.id }, body: { role: "MANAGER" } });
    expect(promote.status).toBe(200);
    expect(promote.json.member.role).toBe("MANAGER");

    const owned = await db.llmApp.create({ data: { orgId: org.id, name: "Owned app", ownerId: analyst.user.id } });
    const removedUser = await sessionCookie(analyst.user.id);
    expect((await call(meRoute.GET, { cookie: removedUser.cookie })).status).toBe(200);
    const removed = await call(memberRoute.DELETE, { method: "DELETE", cookie, params: { id: analyst.membership.id } });
    expect(removed.status).toBe(200);
    expect((await db.llmApp.findUniqueOrThrow({ where: { id: owned.id } })).ownerId).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { orgId: org.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["member.role_changed", "member.removed"]));
    // The removed member's session ends with the membership: their next request is refused as signed out.
    const after = await call(meRoute.GET, { cookie: removedUser.cookie });
    expect([after.status, after.json.error.code]).toEqual([401, "UNAUTHENTICATED"]);
    const list = await call(membersRoute.GET, { cookie });
    expect(list.json.members.map((m: { email: string }) => m.email)).toEqual([admin.user.email]);
  });

  it("refuses member management to analysts and managers (403) and validates input (400)", async () => {
    const { members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
    for (const m of members.slice(1)) {
      const { cookie } = await sessionCookie(m.user.id);
      const res = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "x@example.test", role: "ADMIN" } });
      expect(res.status).toBe(403);
    }
    const { cookie: managerCookie } = await sessionCookie(members[2]!.user.id);
    expect((await call(membersRoute.GET, { cookie: managerCookie })).status).toBe(403);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const bad = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "not-an-email", role: "OWNER", orgId: "x" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("VALIDATION_FAILED");
  });

  it("keeps one admin when another transaction is demoting the other admin at the same moment", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ADMIN"]);
    const [a, b] = members as [typeof members[0], typeof members[0]];
    // A concurrent request (raw connection) takes the admin-row lock and demotes A, without committing yet.
    const other = new pg.Client({ connectionString: process.env.DATABASE_SYSTEM_URL });
    await other.connect();
    await other.query("BEGIN");
    await other.query("SELECT id FROM memberships WHERE org_id = $1 AND role = 'ADMIN' FOR UPDATE", [org.id]);
    await other.query("UPDATE memberships SET role = 'ANALYST' WHERE id = $1", [a.membership.id]);
    // Meanwhile A (still an admin in its own, older view) demotes B: it must wait, then see A is gone.
    const demoteB = updateMemberRole({ ctx: userCtx(org, a.user, "ADMIN"), membershipId: b.membership.id, role: "ANALYST" }).then(
      () => "demoted",
      (e: { code?: string }) => e.code,
    );
    await new Promise((r) => setTimeout(r, 300));
    await other.query("COMMIT");
    await other.end();
    expect(await demoteB).toBe("CONFLICT");
    expect(await db.membership.count({ where: { orgId: org.id, role: "ADMIN" } })).toBe(1);
  });
});
