import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as rotateRoute from "@/app/api/v1/integrations/[id]/secrets/[secretId]/rotate/route";
import * as secretRoute from "@/app/api/v1/integrations/[id]/secrets/[secretId]/route";
import * as rotationRoute from "@/app/api/v1/integrations/rotation/route";
import * as listRoute from "@/app/api/v1/integrations/route";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { decryptSecret } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

const DAY = 86_400_000;
const canary = () => `sk-canary-${randomBytes(12).toString("hex")}`;

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  return { org, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

async function createLlm(cookie: string, name: string, key: string) {
  const res = await call(listRoute.POST, { method: "POST", cookie, body: { kind: "LLM_PROVIDER", provider: "anthropic", name, config: {}, secrets: { api_key: key } } });
  expect(res.status, res.text).toBe(201);
  return { id: res.json.integration.id as string, secret: res.json.integration.secrets[0] as { id: string; last4: string; fingerprint: string } };
}

describe("integration secrets", () => {
  it("rotates a secret: new ciphertext, last4 and fingerprint, an audit event without the value", async () => {
    const { org, admin } = await setup();
    const first = canary();
    const { id, secret } = await createLlm(admin, "Anthropic", first);
    const before = await db.integrationSecret.findUniqueOrThrow({ where: { id: secret.id }, select: { ciphertext: true } });
    await db.integrationSecret.update({ where: { id: secret.id }, data: { lastRotatedAt: new Date(Date.now() - 200 * DAY) } });

    const next = canary();
    const res = await call(rotateRoute.POST, { method: "POST", cookie: admin, params: { id, secretId: secret.id }, body: { value: next } });
    expect(res.status, res.text).toBe(200);
    expect(res.text).not.toContain(next);
    expect(res.json.secret).toMatchObject({ id: secret.id, last4: next.slice(-4), rotationStatus: "ok" });
    expect(res.json.secret.fingerprint).not.toBe(secret.fingerprint);
    const after = await db.integrationSecret.findUniqueOrThrow({ where: { id: secret.id }, select: { ciphertext: true, lastRotatedAt: true } });
    expect(after.ciphertext).not.toBe(before.ciphertext);
    expect(after.ciphertext).not.toContain(next);
    expect(Date.now() - after.lastRotatedAt.getTime()).toBeLessThan(60_000);
    expect(await readIntegrationSecret({ orgId: org.id, integrationId: id, purpose: "api_key" })).toBe(next);

    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.secret_rotated" } });
    expect(event.resourceId).toBe(secret.id);
    expect(JSON.stringify(event.summary)).not.toContain(next);
    expect(JSON.stringify(event.summary)).not.toContain(first);
    expect(event.summary).toMatchObject({ purpose: "api_key", before: { last4: first.slice(-4) }, after: { last4: next.slice(-4) } });

    const same = await call(rotateRoute.POST, { method: "POST", cookie: admin, params: { id, secretId: secret.id }, body: { value: next } });
    expect(same.status).toBe(400);
    const tooShort = await call(rotateRoute.POST, { method: "POST", cookie: admin, params: { id, secretId: secret.id }, body: { value: "abc" } });
    expect(tooShort.status).toBe(400);
  });

  it("changes the rotation policy and reports ok, due and overdue secrets, overdue first", async () => {
    const { org, admin, manager } = await setup();
    const fresh = await createLlm(admin, "fresh", canary());
    const due = await createLlm(admin, "due soon", canary());
    const overdue = await createLlm(admin, "overdue", canary());
    await db.integrationSecret.update({ where: { id: due.secret.id }, data: { lastRotatedAt: new Date(Date.now() - 80 * DAY) } });
    await db.integrationSecret.update({ where: { id: overdue.secret.id }, data: { lastRotatedAt: new Date(Date.now() - 120 * DAY) } });

    const list = await call(rotationRoute.GET, { cookie: manager });
    expect(list.status).toBe(200);
    expect(list.json.secrets.map((s: { integrationName: string; rotationStatus: string }) => [s.integrationName, s.rotationStatus])).toEqual([
      ["overdue", "overdue"], ["due soon", "due"], ["fresh", "ok"],
    ]);
    expect(list.json.secrets[0]).toMatchObject({ integrationId: overdue.id, integrationKind: "LLM_PROVIDER", provider: "anthropic", purpose: "api_key", last4: overdue.secret.last4 });

    const policy = await call(secretRoute.PATCH, { method: "PATCH", cookie: admin, params: { id: overdue.id, secretId: overdue.secret.id }, body: { rotationDays: 365 } });
    expect(policy.status, policy.text).toBe(200);
    expect(policy.json.secret).toMatchObject({ rotationDays: 365, rotationStatus: "ok" });
    for (const rotationDays of [0, 3651, 1.5]) {
      const bad = await call(secretRoute.PATCH, { method: "PATCH", cookie: admin, params: { id: fresh.id, secretId: fresh.secret.id }, body: { rotationDays } });
      expect(bad.status).toBe(400);
    }
    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.secret_policy_changed" } });
    expect(event.summary).toMatchObject({ before: { rotationDays: 90 }, after: { rotationDays: 365 } });
  });

  it("refuses secret writes from analysts and managers, and other orgs' or mismatched ids with 404", async () => {
    const a = await setup();
    const b = await setup();
    const { id, secret } = await createLlm(a.admin, "shared", canary());
    const other = await createLlm(a.admin, "other", canary());
    for (const cookie of [a.analyst, a.manager]) {
      expect((await call(rotateRoute.POST, { method: "POST", cookie, params: { id, secretId: secret.id }, body: { value: canary() } })).status).toBe(403);
      expect((await call(secretRoute.PATCH, { method: "PATCH", cookie, params: { id, secretId: secret.id }, body: { rotationDays: 30 } })).status).toBe(403);
      expect((await call(rotationRoute.GET, { cookie })).status).toBe(200);
    }
    expect((await call(rotateRoute.POST, { method: "POST", cookie: b.admin, params: { id, secretId: secret.id }, body: { value: canary() } })).status).toBe(404);
    expect((await call(secretRoute.PATCH, { method: "PATCH", cookie: b.admin, params: { id, secretId: secret.id }, body: { rotationDays: 30 } })).status).toBe(404);
    expect((await call(rotateRoute.POST, { method: "POST", cookie: a.admin, params: { id: other.id, secretId: secret.id }, body: { value: canary() } })).status).toBe(404);
    expect((await call(rotationRoute.GET, { cookie: b.admin })).json.secrets).toEqual([]);
    expect(await readIntegrationSecret({ orgId: b.org.id, integrationId: id, purpose: "api_key" })).toBeNull();
  });

  it("stores and reads secrets for other domains (OAuth tokens), binding each ciphertext to its row", async () => {
    const { org, admin } = await setup();
    const res = await call(listRoute.POST, {
      method: "POST", cookie: admin,
      body: { kind: "OAUTH_CONNECTION", provider: "generic-oidc", name: "IdP", config: { issuer: "http://127.0.0.1:9999", clientId: "console" } },
    });
    const integrationId = res.json.integration.id as string;
    expect(res.json.integration.secrets).toEqual([]);
    expect(await readIntegrationSecret({ orgId: org.id, integrationId, purpose: "access_token" })).toBeNull();

    const token = canary();
    const expiresAt = new Date(Date.now() + 3600_000);
    const stored = await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: org.id, integrationId, purpose: "access_token", value: token, expiresAt }));
    expect(stored).toMatchObject({ created: true, purpose: "access_token", last4: token.slice(-4), rotationDays: 90, previousFingerprint: null });
    expect(await readIntegrationSecret({ orgId: org.id, integrationId, purpose: "access_token" })).toBe(token);

    const renewed = canary();
    const again = await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: org.id, integrationId, purpose: "access_token", value: renewed, rotationDays: 1 }));
    expect(again).toMatchObject({ id: stored.id, created: false, previousFingerprint: stored.fingerprint, rotationDays: 1, expiresAt: null });
    expect(await readIntegrationSecret({ orgId: org.id, integrationId, purpose: "access_token" })).toBe(renewed);

    const row = await db.integrationSecret.findUniqueOrThrow({ where: { id: stored.id }, select: { ciphertext: true } });
    await expect(decryptSecret(org.id, `integration_secret:${randomBytes(4).toString("hex")}:access_token`, row.ciphertext)).rejects.toThrow();
    const other = await setup();
    await expect(db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: other.org.id, integrationId, purpose: "api_key", value: "x".repeat(10) }))).rejects.toThrow(/not found/);

    const rotateToken = await call(rotateRoute.POST, { method: "POST", cookie: admin, params: { id: integrationId, secretId: stored.id }, body: { value: canary() } });
    expect(rotateToken.status).toBe(400);
    const detail = await call(rotationRoute.GET, { cookie: admin });
    expect(detail.text).not.toContain(renewed);
    expect(detail.json.secrets[0]).toMatchObject({ purpose: "access_token", rotatable: false });
  });
});
