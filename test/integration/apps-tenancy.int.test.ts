import { describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import * as appRoute from "@/app/api/v1/apps/[id]/route";
import * as storesRoute from "@/app/api/v1/apps/[id]/data-stores/route";
import * as storeRoute from "@/app/api/v1/apps/[id]/data-stores/[storeId]/route";
import * as usagesRoute from "@/app/api/v1/apps/[id]/model-usages/route";
import * as usageRoute from "@/app/api/v1/apps/[id]/model-usages/[usageId]/route";
import * as optionsRoute from "@/app/api/v1/apps/options/route";
import { createApp } from "@/lib/apps/server/create-app";
import { ZCreateAppRequest } from "@/lib/apps/schemas";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, userCtx } from "../factories";

/** Org A with an app that has a credentialed model usage and a data store over a dataset. */
async function orgWithApp() {
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  const admin = members[0]!;
  const credential = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI prod key" } });
  const dataset = await db.dataset.create({ data: { orgId: org.id, name: "Customer tickets", classification: "RESTRICTED" } });
  const app = await createApp({
    ctx: userCtx(org, admin.user, "ADMIN"),
    ...ZCreateAppRequest.parse({
      name: "Secret Project", ownerId: admin.user.id,
      modelUsages: [{ provider: "openai", modelId: "gpt-4o", credentialId: credential.id }],
      dataStores: [{ kind: "VECTOR", name: "tickets-index", datasetId: dataset.id }],
    }),
  });
  return { org, admin, credential, dataset, app, usageId: app.modelUsages[0]!.id, storeId: app.dataStores[0]!.id };
}

describe("apps: tenant isolation", () => {
  it("answers 404 for another org's app and its parts, to a session and an API key, and leaves them unchanged", async () => {
    const a = await orgWithApp();
    const b = await orgWithApp();
    const { cookie } = await sessionCookie(b.admin.user.id);
    const apiKey = await createApiKeyFor(b.org.id, b.admin.user.id, ["apps:read", "apps:manage"]);
    const id = a.app.id;
    for (const auth of [{ cookie }, { apiKey }]) {
      const attempts = [
        call(appRoute.GET, { ...auth, params: { id } }),
        call(appRoute.PATCH, { ...auth, method: "PATCH", params: { id }, body: { name: "Mine now" } }),
        call(appRoute.DELETE, { ...auth, method: "DELETE", params: { id } }),
        call(usagesRoute.POST, { ...auth, method: "POST", params: { id }, body: { provider: "openai", modelId: "gpt-4.1" } }),
        call(usageRoute.DELETE, { ...auth, method: "DELETE", params: { id, usageId: a.usageId } }),
        // A's child ids under B's own app are unknown there too.
        call(usageRoute.DELETE, { ...auth, method: "DELETE", params: { id: b.app.id, usageId: a.usageId } }),
        call(storesRoute.POST, { ...auth, method: "POST", params: { id }, body: { kind: "SQL", name: "x" } }),
        call(storeRoute.DELETE, { ...auth, method: "DELETE", params: { id, storeId: a.storeId } }),
        call(storeRoute.DELETE, { ...auth, method: "DELETE", params: { id: b.app.id, storeId: a.storeId } }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status, res.text).toBe(404);
        expect(res.json.error.code).toBe("NOT_FOUND");
      }
      const listed = await call(appsRoute.GET, auth);
      expect(listed.json.apps.map((x: { id: string }) => x.id)).toEqual([b.app.id]);
      expect(listed.json.total).toBe(1);
    }
    const still = await db.llmApp.findUniqueOrThrow({ where: { id }, select: { name: true, _count: { select: { modelUsages: true, dataStores: true } } } });
    expect(still).toEqual({ name: "Secret Project", _count: { modelUsages: 1, dataStores: 1 } });
    expect(await db.auditEvent.count({ where: { orgId: a.org.id, action: { startsWith: "app." } } })).toBe(1);
  });

  it("refuses owners, credentials and datasets of another org (404) and non-LLM credentials (400)", async () => {
    const a = await orgWithApp();
    const b = await orgWithApp();
    const { cookie } = await sessionCookie(b.admin.user.id);
    const refused = [
      call(appsRoute.POST, { method: "POST", cookie, body: { name: "New 1", ownerId: a.admin.user.id } }),
      call(appsRoute.POST, { method: "POST", cookie, body: { name: "New 2", modelUsages: [{ provider: "openai", modelId: "gpt-4o", credentialId: a.credential.id }] } }),
      call(appsRoute.POST, { method: "POST", cookie, body: { name: "New 3", dataStores: [{ kind: "VECTOR", name: "v", datasetId: a.dataset.id }] } }),
      call(appRoute.PATCH, { method: "PATCH", cookie, params: { id: b.app.id }, body: { ownerId: a.admin.user.id } }),
      call(usagesRoute.POST, { method: "POST", cookie, params: { id: b.app.id }, body: { provider: "openai", modelId: "gpt-4.1", credentialId: a.credential.id } }),
      call(storesRoute.POST, { method: "POST", cookie, params: { id: b.app.id }, body: { kind: "SQL", name: "s", datasetId: a.dataset.id } }),
    ];
    for (const res of await Promise.all(refused)) {
      expect(res.status, res.text).toBe(404);
      expect(res.json.error.code).toBe("NOT_FOUND");
    }
    const oauth = await db.integration.create({ data: { orgId: b.org.id, kind: "OAUTH_CONNECTION", provider: "google-drive", name: "Drive" } });
    const wrongKind = await call(usagesRoute.POST, { method: "POST", cookie, params: { id: b.app.id }, body: { provider: "openai", modelId: "gpt-4.1", credentialId: oauth.id } });
    expect(wrongKind.status).toBe(400);

    expect(await db.llmApp.count({ where: { orgId: b.org.id } })).toBe(1);
    const bApp = await db.llmApp.findUniqueOrThrow({ where: { id: b.app.id }, select: { ownerId: true, _count: { select: { modelUsages: true, dataStores: true } } } });
    expect(bApp).toEqual({ ownerId: b.admin.user.id, _count: { modelUsages: 1, dataStores: 1 } });

    const options = await call(optionsRoute.GET, { cookie });
    const text = JSON.stringify(options.json);
    for (const foreign of [a.admin.user.email, a.credential.id, a.dataset.id]) expect(text).not.toContain(foreign);
    expect(options.json.credentials.map((c: { id: string }) => c.id)).toEqual([b.credential.id]);
  });
});
