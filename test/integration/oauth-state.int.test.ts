import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
  process.env.NEXTAUTH_URL = "http://console.test";
});

import * as statusRoute from "@/app/api/v1/integrations/[id]/oauth/route";
import * as authorizeRoute from "@/app/api/v1/integrations/[id]/oauth/authorize/route";
import * as disconnectRoute from "@/app/api/v1/integrations/[id]/oauth/disconnect/route";
import * as callbackRoute from "@/app/api/v1/integrations/oauth/callback/route";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { OAUTH_ERROR_MESSAGES } from "@/lib/oauth/schemas";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { createOAuthIntegration, startTestIdp, type TestIdp } from "../oidc/oauth-fixture";

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER", "ADMIN"]);
  const [admin, analyst, manager, otherAdmin] = await Promise.all(members.map((m) => sessionCookie(m.user.id).then((s) => s.cookie)));
  const integration = await createOAuthIntegration(org.id, idp);
  return { org, integration, admin: admin!, analyst: analyst!, manager: manager!, otherAdmin: otherAdmin! };
}

const start = async (cookie: string, id: string) => new URL((await call(authorizeRoute.POST, { method: "POST", cookie, params: { id } })).json.authorizeUrl as string);
const callback = (cookie: string, search: string) => call(callbackRoute.GET, { cookie, path: `/api/v1/integrations/oauth/callback${search}` });
const integrationState = (id: string) => db.integration.findFirstOrThrow({ where: { id }, select: { status: true, lastError: true } });
const failure = (id: string | null, reason: string) => `${id ? `/integrations/${id}` : "/integrations"}?oauth=error&reason=${reason}`;

describe("OAuth callback: state checks", () => {
  it("refuses an unknown or missing state without touching any integration", async () => {
    const { org, integration, admin } = await setup();
    await start(admin, integration.id);
    for (const search of [`?code=abc&state=${randomBytes(32).toString("base64url")}`, "?code=abc", "?error=access_denied"]) {
      const res = await callback(admin, search);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(failure(null, "state_mismatch"));
    }
    expect((await integrationState(integration.id)).status).toBe("PENDING");
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "integration.oauth_failed" } })).toBe(3);
  });

  it("refuses a reused state; a replay does not break a working connection", async () => {
    const { integration, admin } = await setup();
    const back = await idp.login((await start(admin, integration.id)).href);
    expect((await callback(admin, back.search)).headers.get("location")).toContain("oauth=connected");
    const replay = await callback(admin, back.search);
    expect(replay.headers.get("location")).toBe(failure(integration.id, "state_reused"));
    expect((await integrationState(integration.id)).status).toBe("CONNECTED");

    const denied = await start(admin, integration.id);
    const deniedSearch = `?error=access_denied&state=${denied.searchParams.get("state")}`;
    expect((await callback(admin, deniedSearch)).headers.get("location")).toBe(failure(integration.id, "access_denied"));
    expect(await integrationState(integration.id)).toEqual({ status: "ERROR", lastError: `${OAUTH_ERROR_MESSAGES.access_denied} (access_denied)` });
    expect((await callback(admin, deniedSearch)).headers.get("location")).toBe(failure(integration.id, "state_reused"));
  });

  it("refuses an expired state and marks the attempt failed", async () => {
    const { org, integration, admin } = await setup();
    const url = await start(admin, integration.id);
    await db.oAuthState.updateMany({ where: { integrationId: integration.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const back = await idp.login(url.href);
    const res = await callback(admin, back.search);
    expect(res.headers.get("location")).toBe(failure(integration.id, "state_expired"));
    expect(await integrationState(integration.id)).toEqual({ status: "ERROR", lastError: OAUTH_ERROR_MESSAGES.state_expired });
    expect(await db.integrationSecret.count({ where: { integrationId: integration.id, purpose: "access_token" } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.oauth_failed" } });
    expect(event.summary).toMatchObject({ reason: "state_expired" });
  });

  it("refuses another org's state and another user's state, leaving the attempt usable by its owner", async () => {
    const a = await setup();
    const b = await setup();
    const back = await idp.login((await start(a.admin, a.integration.id)).href);
    for (const cookie of [b.admin, a.otherAdmin]) {
      expect((await callback(cookie, back.search)).headers.get("location")).toBe(failure(null, "state_mismatch"));
    }
    expect(await db.oAuthState.count({ where: { integrationId: a.integration.id, usedAt: null } })).toBe(1);
    expect((await integrationState(b.integration.id)).status).toBe("PENDING");
    expect((await callback(a.admin, back.search)).headers.get("location")).toBe(`/integrations/${a.integration.id}?oauth=connected`);
  });

  it("refuses a response naming another issuer, and reports a token exchange the provider refuses", async () => {
    const { org, integration, admin } = await setup();
    const back = await idp.login((await start(admin, integration.id)).href);
    const forged = new URLSearchParams(back.search);
    forged.set("iss", "https://attacker.example");
    expect((await callback(admin, `?${forged}`)).headers.get("location")).toBe(failure(integration.id, "issuer_mismatch"));

    const wrongSecret = `wrong-${randomBytes(8).toString("hex")}`;
    await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: org.id, integrationId: integration.id, purpose: "client_secret", value: wrongSecret }));
    const again = await idp.login((await start(admin, integration.id)).href);
    const res = await callback(admin, again.search);
    expect(res.headers.get("location")).toBe(failure(integration.id, "token_exchange_failed"));
    const { lastError } = await integrationState(integration.id);
    expect(lastError).toContain("invalid_client");
    expect(lastError).not.toContain(wrongSecret);
    expect(lastError).not.toContain(again.searchParams.get("code")!);
  });
});

describe("OAuth endpoints: permissions, tenancy, validation", () => {
  it("lets only admins start, finish or disconnect; everyone with integrations:read sees the status", async () => {
    const { integration, analyst, manager } = await setup();
    for (const cookie of [analyst, manager]) {
      expect((await call(authorizeRoute.POST, { method: "POST", cookie, params: { id: integration.id } })).status).toBe(403);
      expect((await call(disconnectRoute.POST, { method: "POST", cookie, params: { id: integration.id } })).status).toBe(403);
      expect((await callback(cookie, "?code=x&state=y")).status).toBe(403);
      const status = await call(statusRoute.GET, { cookie, params: { id: integration.id } });
      expect(status.status).toBe(200);
      expect(status.json.connection).toMatchObject({ status: "PENDING", connected: false });
    }
    expect(await db.oAuthState.count({ where: { integrationId: integration.id } })).toBe(0);
  });

  it("answers 404 for another org's integration or a non-OAuth one, 400 for a malformed id, 401 without a session", async () => {
    const a = await setup();
    const b = await setup();
    const cloud = await db.integration.create({ data: { orgId: a.org.id, kind: "CLOUD_ACCOUNT", provider: "aws", name: "aws", config: {} }, select: { id: true } });
    for (const id of [b.integration.id, cloud.id]) {
      expect((await call(authorizeRoute.POST, { method: "POST", cookie: a.admin, params: { id } })).status).toBe(404);
      expect((await call(disconnectRoute.POST, { method: "POST", cookie: a.admin, params: { id } })).status).toBe(404);
      expect((await call(statusRoute.GET, { cookie: a.admin, params: { id } })).status).toBe(404);
    }
    expect((await integrationState(b.integration.id)).status).toBe("PENDING");
    expect(await db.oAuthState.count({ where: { integrationId: b.integration.id } })).toBe(0);
    expect((await call(statusRoute.GET, { cookie: a.admin, params: { id: "not-a-uuid" } })).status).toBe(400);
    expect((await call(authorizeRoute.POST, { method: "POST", params: { id: a.integration.id } })).status).toBe(401);
  });

  it("never calls an internal address that is not allow-listed (discovery or token endpoint)", async () => {
    const { org, admin } = await setup();
    const internalIssuer = await createOAuthIntegration(org.id, idp, { issuer: "https://169.254.169.254" });
    const refused = await call(authorizeRoute.POST, { method: "POST", cookie: admin, params: { id: internalIssuer.id } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toBe("OAuth provider: https://169.254.169.254 is an internal address");

    const internal = await createOAuthIntegration(org.id, idp, { issuer: undefined, authorizeUrl: "https://10.0.0.1/authorize", tokenUrl: "https://10.0.0.1/token" });
    const res = await call(authorizeRoute.POST, { method: "POST", cookie: admin, params: { id: internal.id } });
    // The authorize URL itself is only visited by the browser; the server never calls it, so this starts.
    expect(res.status).toBe(200);
    const back = `?code=abc&state=${new URL(res.json.authorizeUrl as string).searchParams.get("state")}`;
    const done = await callback(admin, back);
    expect(done.headers.get("location")).toBe(failure(internal.id, "token_exchange_failed"));
    expect((await integrationState(internal.id)).lastError).toContain("internal address");
  });
});
