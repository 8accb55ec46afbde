import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // the loopback provider
  process.env.NEXTAUTH_URL = "http://console.test"; // builds the redirect URI registered at the provider
});

import * as statusRoute from "@/app/api/v1/integrations/[id]/oauth/route";
import * as authorizeRoute from "@/app/api/v1/integrations/[id]/oauth/authorize/route";
import * as disconnectRoute from "@/app/api/v1/integrations/[id]/oauth/disconnect/route";
import * as callbackRoute from "@/app/api/v1/integrations/oauth/callback/route";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { refreshOAuthToken } from "@/lib/oauth/server/refresh-oauth-token";
import { getQueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { redis as sharedRedis } from "@/lib/server/redis";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { CALLBACK_URL, createOAuthIntegration, startTestIdp, type TestIdp } from "../oidc/oauth-fixture";

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const token = (orgId: string, integrationId: string, purpose: "access_token" | "refresh_token") => readIntegrationSecret({ orgId, integrationId, purpose });

async function adminWithIntegration() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const cookies = await Promise.all(members.map((m) => sessionCookie(m.user.id).then((s) => s.cookie)));
  const integration = await createOAuthIntegration(org.id, idp);
  return { org, integration, admin: cookies[0]!, analyst: cookies[1]!, manager: cookies[2]! };
}

async function connect(cookie: string, integrationId: string) {
  const started = await call(authorizeRoute.POST, { method: "POST", cookie, params: { id: integrationId } });
  expect(started.status).toBe(200);
  const back = await idp.login(started.json.authorizeUrl as string);
  const done = await call(callbackRoute.GET, { cookie, path: `/api/v1/integrations/oauth/callback${back.search}` });
  return { started, back, done };
}

describe("OAuth connect (Authorization Code + PKCE against the loopback provider)", () => {
  it("connects: PKCE and a hashed single-use state, tokens stored encrypted, refresh scheduled by id, never a token in a response", async () => {
    const { org, integration, admin } = await adminWithIntegration();
    const { started, back, done } = await connect(admin, integration.id);

    const authorizeUrl = new URL(started.json.authorizeUrl as string);
    expect(authorizeUrl.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorizeUrl.searchParams)).toMatchObject({
      response_type: "code", client_id: idp.clientId, redirect_uri: CALLBACK_URL, scope: "openid email offline_access",
      code_challenge_method: "S256", prompt: "consent",
    });
    const state = authorizeUrl.searchParams.get("state")!;
    expect(Buffer.from(state, "base64url")).toHaveLength(32);
    const stateRow = await db.oAuthState.findFirstOrThrow({ where: { orgId: org.id, integrationId: integration.id }, select: { stateHash: true, usedAt: true, verifierCipher: true } });
    expect(stateRow.stateHash).toBe(createHash("sha256").update(state).digest("hex"));
    expect(stateRow.verifierCipher).toMatch(/^v1\./);
    expect(stateRow.usedAt).not.toBeNull();
    expect(back.searchParams.get("state")).toBe(state);

    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/integrations/${integration.id}?oauth=connected`);
    const row = await db.integration.findFirstOrThrow({ where: { id: integration.id }, select: { status: true, lastError: true, lastCheckedAt: true } });
    expect(row).toMatchObject({ status: "CONNECTED", lastError: null });
    expect(row.lastCheckedAt).not.toBeNull();

    const access = (await token(org.id, integration.id, "access_token"))!;
    const refresh = (await token(org.id, integration.id, "refresh_token"))!;
    expect(await idp.accessTokenWorks(access)).toBe(true);
    const stored = await db.integrationSecret.findMany({ where: { integrationId: integration.id }, select: { purpose: true, ciphertext: true, expiresAt: true } });
    expect(stored.map((s) => s.purpose).sort()).toEqual(["access_token", "client_secret", "refresh_token"]);
    for (const s of stored) for (const plain of [access, refresh, idp.clientSecret]) expect(s.ciphertext).not.toContain(plain);
    const accessExpiry = stored.find((s) => s.purpose === "access_token")!.expiresAt!.getTime();
    expect(Math.abs(accessExpiry - (Date.now() + 3_600_000))).toBeLessThan(60_000);

    const status = await call(statusRoute.GET, { cookie: admin, params: { id: integration.id } });
    expect(status.json.connection).toMatchObject({ integrationId: integration.id, status: "CONNECTED", connected: true, hasRefreshToken: true, scopes: ["openid", "email", "offline_access"], lastError: null });
    for (const text of [started.text, done.text, done.headers.get("location")!, status.text]) {
      for (const secret of [access, refresh, idp.clientSecret]) expect(text).not.toContain(secret);
    }

    const jobs = (await getQueue("oauth-token-refresh").getDelayed()).filter((j) => j.data.integrationId === integration.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ orgId: org.id, integrationId: integration.id });
    expect(jobs[0]!.id).toMatch(new RegExp(`^oauth-token-refresh_${integration.id}_\\d+$`));
    expect(Math.abs(jobs[0]!.timestamp + jobs[0]!.delay - (accessExpiry - 5 * 60_000))).toBeLessThan(5_000);

    const actions = (await db.auditEvent.findMany({ where: { orgId: org.id, resourceId: integration.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["integration.oauth_started", "integration.oauth_connected"]));
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { orgId: org.id }, select: { summary: true } }));
    for (const secret of [access, refresh, idp.clientSecret, state]) expect(audit).not.toContain(secret);
  });

  it("refreshes through the use case: a new access token, the next refresh scheduled, stale jobs do nothing", async () => {
    const { org, integration, admin } = await adminWithIntegration();
    await connect(admin, integration.id);
    const before = await token(org.id, integration.id, "access_token");
    expect(await refreshOAuthToken({ orgId: org.id, integrationId: integration.id })).toEqual({ outcome: "skipped", reason: "not_due" });

    // As if the hour had passed: the access token expires within the refresh lead time.
    await db.integrationSecret.updateMany({ where: { integrationId: integration.id, purpose: "access_token" }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    const result = await refreshOAuthToken({ orgId: org.id, integrationId: integration.id });
    expect(result.outcome).toBe("refreshed");
    const after = (await token(org.id, integration.id, "access_token"))!;
    expect(after).not.toBe(before);
    expect(await idp.accessTokenWorks(after)).toBe(true);
    const jobs = (await getQueue("oauth-token-refresh").getDelayed()).filter((j) => j.data.integrationId === integration.id);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect((await db.integration.findFirstOrThrow({ where: { id: integration.id }, select: { status: true } })).status).toBe("CONNECTED");
  });

  it("disconnects: revokes at the provider, deletes the tokens, cancels pending attempts", async () => {
    const { org, integration, admin, analyst } = await adminWithIntegration();
    await connect(admin, integration.id);
    const access = (await token(org.id, integration.id, "access_token"))!;
    expect((await call(disconnectRoute.POST, { method: "POST", cookie: analyst, params: { id: integration.id } })).status).toBe(403);

    const res = await call(disconnectRoute.POST, { method: "POST", cookie: admin, params: { id: integration.id } });
    expect(res.status).toBe(200);
    expect(res.json.connection).toMatchObject({ status: "DISCONNECTED", connected: false, hasRefreshToken: false, accessTokenExpiresAt: null });
    expect(await idp.accessTokenWorks(access)).toBe(false);
    const purposes = (await db.integrationSecret.findMany({ where: { integrationId: integration.id }, select: { purpose: true } })).map((s) => s.purpose);
    expect(purposes).toEqual(["client_secret"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.oauth_disconnected" } });
    expect(event.summary).toMatchObject({ revocation: "revoked" });
    expect(await refreshOAuthToken({ orgId: org.id, integrationId: integration.id })).toEqual({ outcome: "skipped", reason: "no_refresh_token" });
  });

  it("keeps the client secret and the tokens out of every response and out of Redis", async () => {
    const { org, integration, admin, analyst } = await adminWithIntegration();
    const { started, done } = await connect(admin, integration.id);
    const access = (await token(org.id, integration.id, "access_token"))!;
    const refresh = (await token(org.id, integration.id, "refresh_token"))!;
    await db.integrationSecret.updateMany({ where: { integrationId: integration.id, purpose: "access_token" }, data: { expiresAt: new Date() } });
    await refreshOAuthToken({ orgId: org.id, integrationId: integration.id });
    const refreshed = (await token(org.id, integration.id, "access_token"))!;
    const responses = [
      started, done,
      await call(statusRoute.GET, { cookie: admin, params: { id: integration.id } }),
      await call(statusRoute.GET, { cookie: analyst, params: { id: integration.id } }),
      await call(disconnectRoute.POST, { method: "POST", cookie: admin, params: { id: integration.id } }),
    ];
    const secrets = [idp.clientSecret, access, refresh, refreshed];
    for (const r of responses) for (const s of secrets) expect(`${r.text} ${r.headers.get("location") ?? ""}`).not.toContain(s);

    const redis = sharedRedis();
    const prefix = process.env.QUEUE_PREFIX!;
    const dump: string[] = [];
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      cursor = next;
      for (const key of keys) {
        dump.push(key);
        const type = await redis.type(key);
        if (type === "string") dump.push((await redis.get(key)) ?? "");
        if (type === "hash") dump.push(JSON.stringify(await redis.hgetall(key)));
        if (type === "list") dump.push(...(await redis.lrange(key, "0", "-1")));
        if (type === "zset") dump.push(...(await redis.zrange(key, "0", "-1")));
        if (type === "set") dump.push(...(await redis.smembers(key)));
        if (type === "stream") dump.push(JSON.stringify(await redis.xrange(key, "-", "+")));
      }
    } while (cursor !== "0");
    const all = dump.join("\n");
    expect(all).toContain(integration.id); // the jobs are there, by id
    for (const s of secrets) expect(all).not.toContain(s);
  });
});
