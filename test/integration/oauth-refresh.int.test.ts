import { UnrecoverableError, type Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
  process.env.NEXTAUTH_URL = "http://console.test";
});

import * as authorizeRoute from "@/app/api/v1/integrations/[id]/oauth/authorize/route";
import * as callbackRoute from "@/app/api/v1/integrations/oauth/callback/route";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { REFRESH_REJECTED_MESSAGE } from "@/lib/oauth/schemas";
import { REFRESH_UNREACHABLE_MESSAGE } from "@/lib/oauth/server/mark-refresh-failed";
import type { QueuePayload } from "@/lib/queue/contracts";
import { db } from "@/lib/server/db";
import { onOAuthTokenRefreshGaveUp, processOAuthTokenRefresh } from "@/workers/processors/oauth-token-refresh";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { createOAuthIntegration, startTestIdp, type TestIdp } from "../oidc/oauth-fixture";

let idp: TestIdp;
let shortLivedIdp: TestIdp;
beforeAll(async () => {
  [idp, shortLivedIdp] = await Promise.all([startTestIdp(), startTestIdp({ refreshToken: 1 })]);
});
afterAll(() => Promise.all([idp.close(), shortLivedIdp.close()]));

type RefreshJob = Job<QueuePayload<"oauth-token-refresh">>;
const jobFor = (orgId: string, integrationId: string) => ({ data: { orgId, integrationId } }) as RefreshJob;

async function connected(provider: TestIdp) {
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  const { cookie } = await sessionCookie(members[0]!.user.id);
  const integration = await createOAuthIntegration(org.id, provider);
  const started = await call(authorizeRoute.POST, { method: "POST", cookie, params: { id: integration.id } });
  const back = await provider.login(started.json.authorizeUrl as string);
  const done = await call(callbackRoute.GET, { cookie, path: `/api/v1/integrations/oauth/callback${back.search}` });
  expect(done.headers.get("location")).toContain("oauth=connected");
  // Due now: the access token expires within the refresh lead time.
  await db.integrationSecret.updateMany({ where: { integrationId: integration.id, purpose: "access_token" }, data: { expiresAt: new Date(Date.now() + 60_000) } });
  return { org, integration };
}

const state = (id: string) => db.integration.findFirstOrThrow({ where: { id }, select: { status: true, lastError: true } });

describe("OAuth token refresh in the worker", () => {
  it("a refresh token revoked at the provider puts the integration in ERROR and is not retried", async () => {
    const { org, integration } = await connected(idp);
    const refresh = await readIntegrationSecret({ orgId: org.id, integrationId: integration.id, purpose: "refresh_token" });
    expect((await idp.revoke(refresh!)).status).toBe(200);

    const error = await processOAuthTokenRefresh(jobFor(org.id, integration.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect(await state(integration.id)).toEqual({ status: "ERROR", lastError: REFRESH_REJECTED_MESSAGE });
    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.oauth_refresh_failed" } });
    expect(event).toMatchObject({ actorType: "SYSTEM", resourceId: integration.id });
    expect(event.summary).toMatchObject({ reason: "invalid_grant" });

    await onOAuthTokenRefreshGaveUp(jobFor(org.id, integration.id)); // the final-failure hook keeps the precise reason
    expect((await state(integration.id)).lastError).toBe(REFRESH_REJECTED_MESSAGE);
  });

  it("an expired refresh token is rejected the same way", async () => {
    const { org, integration } = await connected(shortLivedIdp);
    await new Promise((r) => setTimeout(r, 1_500));
    await expect(processOAuthTokenRefresh(jobFor(org.id, integration.id))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(await state(integration.id)).toEqual({ status: "ERROR", lastError: REFRESH_REJECTED_MESSAGE });
  });

  it("an unreachable token endpoint is a retryable failure; after the last attempt the integration shows it", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const integration = await createOAuthIntegration(org.id, idp, { issuer: undefined, authorizeUrl: "http://127.0.0.1:1/authorize", tokenUrl: "http://127.0.0.1:1/token" });
    await db.$transaction(async (tx) => {
      await storeIntegrationSecret(tx, { orgId: org.id, integrationId: integration.id, purpose: "refresh_token", value: "refresh-value-123" });
      await storeIntegrationSecret(tx, { orgId: org.id, integrationId: integration.id, purpose: "access_token", value: "access-value-123", expiresAt: new Date() });
    });
    await db.integration.update({ where: { id: integration.id }, data: { status: "CONNECTED" } });

    const error = await processOAuthTokenRefresh(jobFor(org.id, integration.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toMatch(/^Could not connect to http:\/\/127\.0\.0\.1:1/);
    expect((await state(integration.id)).status).toBe("CONNECTED");

    await onOAuthTokenRefreshGaveUp(jobFor(org.id, integration.id));
    expect(await state(integration.id)).toEqual({ status: "ERROR", lastError: REFRESH_UNREACHABLE_MESSAGE });
  });
});
