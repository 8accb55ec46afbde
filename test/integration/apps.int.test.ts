import { describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import * as appRoute from "@/app/api/v1/apps/[id]/route";
import * as storesRoute from "@/app/api/v1/apps/[id]/data-stores/route";
import * as storeRoute from "@/app/api/v1/apps/[id]/data-stores/[storeId]/route";
import * as usagesRoute from "@/app/api/v1/apps/[id]/model-usages/route";
import * as usageRoute from "@/app/api/v1/apps/[id]/model-usages/[usageId]/route";
import * as optionsRoute from "@/app/api/v1/apps/options/route";
import { createApp } from "@/lib/apps/server/create-app";
import { ZCreateAppRequest, type TCreateAppRequest } from "@/lib/apps/schemas";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, uniq, userCtx } from "../factories";

const credential = (orgId: string, provider = "openai") =>
  db.integration.create({ data: { orgId, kind: "LLM_PROVIDER", provider, name: `${provider} key ${uniq()}` } });
const dataset = (orgId: string, classification: "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED" = "CONFIDENTIAL") =>
  db.dataset.create({ data: { orgId, name: `dataset ${uniq()}`, classification } });
const appActions = async (orgId: string) =>
  (await db.auditEvent.findMany({ where: { orgId, action: { startsWith: "app." } }, orderBy: { id: "asc" } })).map((e) => e.action);

async function adminSetup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = members as [typeof members[0], typeof members[0], typeof members[0]];
  const { cookie } = await sessionCookie(admin.user.id);
  const ctx = userCtx(org, admin.user, "ADMIN");
  const seed = (body: TCreateAppRequest) => createApp({ ctx, ...ZCreateAppRequest.parse(body) });
  return { org, admin, analyst, manager, cookie, ctx, seed };
}

describe("apps: create, read, update, delete", () => {
  it("registers an app with two model usages and a data store, and reads it back with linked datasets", async () => {
    const { org, admin, analyst, cookie } = await adminSetup();
    const key = await credential(org.id);
    const docs = await dataset(org.id);
    const res = await call(appsRoute.POST, {
      method: "POST", cookie,
      body: {
        name: "Support Copilot", description: "Answers support tickets", ownerId: analyst.user.id, businessUnit: "Customer Success",
        criticality: "HIGH", lifecycle: "PRODUCTION", environments: ["prod", "staging", "prod"], exposure: "PUBLIC",
        endUserAuth: "APP_LOGIN", deployment: "CONTAINER", framework: "langchain", frontend: "chat-widget", tags: ["rag", "support"],
        modelUsages: [
          { provider: "openai", modelId: "gpt-4o", purpose: "chat", credentialId: key.id },
          { provider: "openai", modelId: "text-embedding-3-large", purpose: "embeddings", viaGateway: true },
        ],
        dataStores: [{ kind: "VECTOR", name: "support-index", datasetId: docs.id }],
      },
    });
    expect(res.status, res.text).toBe(201);
    const app = res.json.app;
    expect(app).toMatchObject({
      name: "Support Copilot", owner: { id: analyst.user.id, email: analyst.user.email }, environments: ["prod", "staging"],
      exposure: "PUBLIC", framework: "langchain",
    });
    expect(app.modelUsages).toHaveLength(2);
    expect(app.modelUsages[0]).toMatchObject({ provider: "openai", modelId: "gpt-4o", credential: { id: key.id, name: key.name, provider: "openai" } });
    expect(app.modelUsages[1]).toMatchObject({ purpose: "embeddings", viaGateway: true, credential: null });
    expect(app.dataStores).toEqual([{ id: expect.any(String), kind: "VECTOR", name: "support-index", dataset: { id: docs.id, name: docs.name, classification: "CONFIDENTIAL" } }]);

    await db.datasetAppLink.create({ data: { orgId: org.id, datasetId: docs.id, appId: app.id, access: "RAG_INDEX" } });
    const detail = await call(appRoute.GET, { cookie, params: { id: app.id } });
    expect(detail.status).toBe(200);
    expect(detail.json.app.datasets).toEqual([{ linkId: expect.any(String), id: docs.id, name: docs.name, classification: "CONFIDENTIAL", access: "RAG_INDEX", source: null }]);

    const created = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "app.created" } });
    expect(created).toMatchObject({ actorLabel: admin.user.email, resourceType: "llm_app", resourceId: app.id });
    expect(JSON.stringify(created.summary)).toContain("text-embedding-3-large");
  });

  it("updates fields, adds and removes model usages and data stores, deletes the app, and audits each step", async () => {
    const { org, cookie, seed } = await adminSetup();
    const app = await seed({ name: "Contract Analyzer", modelUsages: [{ provider: "anthropic", modelId: "claude-sonnet-4" }] });
    const id = app.id;

    const patched = await call(appRoute.PATCH, { method: "PATCH", cookie, params: { id }, body: { lifecycle: "PRODUCTION", tags: ["legal"], ownerId: null } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.json.app).toMatchObject({ lifecycle: "PRODUCTION", tags: ["legal"], owner: null });
    const updated = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "app.updated" } });
    expect(updated.summary).toEqual({ name: "Contract Analyzer", before: { lifecycle: "DEVELOPMENT", tags: [] }, after: { lifecycle: "PRODUCTION", tags: ["legal"] } });
    const unchanged = await call(appRoute.PATCH, { method: "PATCH", cookie, params: { id }, body: { lifecycle: "PRODUCTION" } });
    expect(unchanged.status).toBe(200);
    expect((await appActions(org.id)).filter((a) => a === "app.updated")).toHaveLength(1);

    const key = await credential(org.id, "anthropic");
    const added = await call(usagesRoute.POST, { method: "POST", cookie, params: { id }, body: { provider: "anthropic", modelId: "claude-haiku-4", purpose: "completion", credentialId: key.id } });
    expect(added.status, added.text).toBe(201);
    expect(added.json.modelUsage).toMatchObject({ provider: "anthropic", modelId: "claude-haiku-4", credential: { id: key.id } });
    const again = await call(usagesRoute.POST, { method: "POST", cookie, params: { id }, body: { provider: "anthropic", modelId: "claude-haiku-4", purpose: "completion" } });
    expect(again.status).toBe(409);
    const removed = await call(usageRoute.DELETE, { method: "DELETE", cookie, params: { id, usageId: app.modelUsages[0]!.id } });
    expect(removed.status).toBe(200);
    expect((await call(usageRoute.DELETE, { method: "DELETE", cookie, params: { id, usageId: app.modelUsages[0]!.id } })).status).toBe(404);

    const contracts = await dataset(org.id, "RESTRICTED");
    const store = await call(storesRoute.POST, { method: "POST", cookie, params: { id }, body: { kind: "BLOB", name: "contracts-bucket", datasetId: contracts.id } });
    expect(store.status, store.text).toBe(201);
    expect(store.json.dataStore).toMatchObject({ kind: "BLOB", dataset: { id: contracts.id, classification: "RESTRICTED" } });
    expect((await call(storesRoute.POST, { method: "POST", cookie, params: { id }, body: { kind: "SQL", name: "Contracts-Bucket" } })).status).toBe(409);
    const detail = await call(appRoute.GET, { cookie, params: { id } });
    expect(detail.json.app.modelUsages.map((u: { modelId: string }) => u.modelId)).toEqual(["claude-haiku-4"]);
    expect(new Date(detail.json.app.updatedAt).getTime()).toBeGreaterThan(new Date(app.updatedAt).getTime());
    expect((await call(storeRoute.DELETE, { method: "DELETE", cookie, params: { id, storeId: store.json.dataStore.id } })).status).toBe(200);

    expect((await call(appRoute.DELETE, { method: "DELETE", cookie, params: { id } })).status).toBe(200);
    expect((await call(appRoute.GET, { cookie, params: { id } })).status).toBe(404);
    expect(await db.modelUsage.count({ where: { appId: id } })).toBe(0);
    expect(await db.dataset.count({ where: { id: contracts.id } })).toBe(1);
    expect(await appActions(org.id)).toEqual([
      "app.created", "app.updated", "app.model_usage_added", "app.model_usage_removed", "app.data_store_added", "app.data_store_removed", "app.deleted",
    ]);
  });

  it("refuses duplicate names without regard to case (409) and invalid input (400)", async () => {
    const { cookie, seed } = await adminSetup();
    await seed({ name: "Code Review Bot" });
    const other = await seed({ name: "HR Policy Assistant" });
    const dup = await call(appsRoute.POST, { method: "POST", cookie, body: { name: "code review bot" } });
    expect(dup.status).toBe(409);
    expect(dup.json.error.code).toBe("CONFLICT");
    expect((await call(appRoute.PATCH, { method: "PATCH", cookie, params: { id: other.id }, body: { name: "CODE REVIEW BOT" } })).status).toBe(409);
    expect((await call(appRoute.PATCH, { method: "PATCH", cookie, params: { id: other.id }, body: { name: "hr policy assistant" } })).status).toBe(200);

    const invalid = [
      { name: "" },
      { name: "x", lifecycle: "LIVE" },
      { name: "x", orgId: other.id },
      { name: "x", modelUsages: [{ provider: "openai.com", modelId: "gpt-4o" }] },
      { name: "x", modelUsages: [{ provider: "openai", modelId: "gpt 4o; drop" }] },
      { name: "x", modelUsages: [{ provider: "openai", modelId: "gpt-4o" }, { provider: "openai", modelId: "GPT-4o" }] },
      { name: "x", ownerId: "not-a-uuid" },
      { name: "x", environments: ["prod env"] },
      { name: "x", dataStores: [{ kind: "GRAPH", name: "g" }] },
    ];
    for (const body of invalid) {
      const res = await call(appsRoute.POST, { method: "POST", cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await call(appRoute.PATCH, { method: "PATCH", cookie, params: { id: other.id }, body: {} })).status).toBe(400);
    expect((await call(appRoute.GET, { cookie, params: { id: "nope" } })).status).toBe(400);
  });

  it("lets analysts and managers read (200) but not write (403); API keys follow their scopes", async () => {
    const { org, admin, analyst, manager, seed } = await adminSetup();
    const app = await seed({ name: "Fraud Triage Agent", modelUsages: [{ provider: "aws.bedrock", modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0" }] });
    const usageId = app.modelUsages[0]!.id;
    for (const reader of [analyst, manager]) {
      const { cookie } = await sessionCookie(reader.user.id);
      expect((await call(appsRoute.GET, { cookie })).json.apps.map((a: { name: string }) => a.name)).toEqual(["Fraud Triage Agent"]);
      expect((await call(appRoute.GET, { cookie, params: { id: app.id } })).status).toBe(200);
      expect((await call(optionsRoute.GET, { cookie })).status).toBe(200);
      const writes = [
        call(appsRoute.POST, { method: "POST", cookie, body: { name: "Sneaky" } }),
        call(appRoute.PATCH, { method: "PATCH", cookie, params: { id: app.id }, body: { lifecycle: "RETIRED" } }),
        call(appRoute.DELETE, { method: "DELETE", cookie, params: { id: app.id } }),
        call(usagesRoute.POST, { method: "POST", cookie, params: { id: app.id }, body: { provider: "openai", modelId: "gpt-4o" } }),
        call(usageRoute.DELETE, { method: "DELETE", cookie, params: { id: app.id, usageId } }),
        call(storesRoute.POST, { method: "POST", cookie, params: { id: app.id }, body: { kind: "SQL", name: "db" } }),
      ];
      for (const res of await Promise.all(writes)) expect(res.status, res.text).toBe(403);
    }
    const readKey = await createApiKeyFor(org.id, admin.user.id, ["apps:read"]);
    expect((await call(appsRoute.GET, { apiKey: readKey })).status).toBe(200);
    expect((await call(appsRoute.POST, { method: "POST", apiKey: readKey, body: { name: "From a key" } })).status).toBe(403);
    const writeKey = await createApiKeyFor(org.id, admin.user.id, ["apps:read", "apps:manage"]);
    const byKey = await call(appsRoute.POST, { method: "POST", apiKey: writeKey, body: { name: "From a key" } });
    expect(byKey.status).toBe(201);
    const event = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "app.created", resourceId: byKey.json.app.id } });
    expect(event.actorType).toBe("API_KEY");
    const fresh = await db.llmApp.findUniqueOrThrow({ where: { id: app.id } });
    expect(fresh.lifecycle).toBe("DEVELOPMENT");
  });

  it("offers the org's members, LLM credentials and datasets to the forms", async () => {
    const { org, admin, analyst, cookie } = await adminSetup();
    const key = await credential(org.id, "cohere");
    await db.integration.create({ data: { orgId: org.id, kind: "OAUTH_CONNECTION", provider: "google-drive", name: "Drive" } });
    const docs = await dataset(org.id, "PUBLIC");
    const res = await call(optionsRoute.GET, { cookie });
    expect(res.status).toBe(200);
    expect(res.json.members.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([admin.user.id, analyst.user.id]));
    expect(res.json.credentials).toEqual([{ id: key.id, name: key.name, provider: "cohere", status: "PENDING" }]);
    expect(res.json.datasets).toEqual([{ id: docs.id, name: docs.name, classification: "PUBLIC" }]);
  });
});
