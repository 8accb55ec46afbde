import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/integrations/[id]/route";
import * as listRoute from "@/app/api/v1/integrations/route";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie } from "../factories";

const canary = () => `canary-${randomBytes(12).toString("hex")}`;

/** One valid create body per kind, each secret carrying the canary. */
function bodies(secret: string) {
  return [
    {
      kind: "OAUTH_CONNECTION", provider: "slack", name: "Slack workspace",
      config: { authorizeUrl: "https://slack.com/oauth/v2/authorize", tokenUrl: "https://slack.com/api/oauth.v2.access", clientId: "123.456", scopes: ["channels:read"] },
      secrets: { client_secret: `slack-${secret}` },
    },
    {
      kind: "CLOUD_ACCOUNT", provider: "aws", name: "AWS prod",
      config: { accountId: "123456789012", roleArn: "arn:aws:iam::123456789012:role/llmsecops-reader", externalId: "ext-7f3a" },
    },
    {
      kind: "CLOUD_ACCOUNT", provider: "gcp", name: "GCP ml",
      config: { projectId: "ml-platform-42" },
      secrets: { service_account_key: JSON.stringify({ type: "service_account", private_key_id: "abcdef0123456789", private_key: secret }) },
    },
    {
      kind: "CLOUD_ACCOUNT", provider: "azure", name: "Azure sub",
      config: { tenantId: "0f0e0d0c-0b0a-4908-8706-050403020100", subscriptionId: "1f0e0d0c-0b0a-4908-8706-050403020100", clientId: "2f0e0d0c-0b0a-4908-8706-050403020100" },
      secrets: { client_secret: `azure-${secret}` },
    },
    { kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI prod", config: { baseUrl: "http://127.0.0.1:4010/v1" }, secrets: { api_key: `sk-${secret}` } },
    { kind: "SERVICE_ACCOUNT", provider: "service-account", name: "etl-bot", config: { owner: "data-team", scopes: ["read:logs"], usedBy: ["nightly ETL"] } },
  ];
}

async function adminSetup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  return { org, members, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

describe("integrations", () => {
  it("creates every kind, stores only ciphertext, and never returns a secret value", async () => {
    const { org, admin } = await adminSetup();
    const secret = canary();
    const created = [];
    for (const body of bodies(secret)) {
      const res = await call(listRoute.POST, { method: "POST", cookie: admin, body });
      expect(res.status, res.text).toBe(201);
      expect(res.text).not.toContain(secret);
      created.push(res.json.integration);
    }
    const byName = Object.fromEntries(created.map((i) => [i.name, i]));
    expect(byName["Slack workspace"]).toMatchObject({ status: "PENDING", secrets: [{ purpose: "client_secret", rotatable: true }] });
    expect(byName["AWS prod"]).toMatchObject({ status: "CONNECTED", secrets: [] });
    expect(byName["GCP ml"].secrets[0]).toMatchObject({ purpose: "service_account_key", last4: "6789", rotationDays: 90, rotationStatus: "ok" });
    expect(byName["OpenAI prod"]).toMatchObject({ status: "CONNECTED", config: { baseUrl: "http://127.0.0.1:4010/v1" } });
    expect(byName["OpenAI prod"].secrets[0]).toMatchObject({ purpose: "api_key", last4: secret.slice(-4) });
    expect(byName["OpenAI prod"].secrets[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(byName["etl-bot"]).toMatchObject({ status: "CONNECTED", config: { owner: "data-team", usedBy: ["nightly ETL"] } });

    const list = await call(listRoute.GET, { cookie: admin });
    expect(list.json.integrations).toHaveLength(6);
    expect(list.text).not.toContain(secret);
    for (const i of created) {
      const detail = await call(itemRoute.GET, { cookie: admin, params: { id: i.id } });
      expect(detail.status).toBe(200);
      expect(detail.text).not.toContain(secret);
    }

    const rows = await db.integrationSecret.findMany({ where: { orgId: org.id }, select: { id: true, purpose: true, ciphertext: true } });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.ciphertext).toMatch(/^v1\.\d+\./);
      expect(row.ciphertext).not.toContain(secret);
    }
    const configs = await db.integration.findMany({ where: { orgId: org.id }, select: { config: true } });
    expect(JSON.stringify(configs)).not.toContain(secret);
    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, action: "integration.created" }, select: { summary: true } });
    expect(audit).toHaveLength(6);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("filters by kind and searches by name or provider", async () => {
    const { admin } = await adminSetup();
    for (const body of bodies(canary())) await call(listRoute.POST, { method: "POST", cookie: admin, body });
    const names = async (path: string, query: Record<string, string>) => {
      const res = await call(listRoute.GET, { cookie: admin, path: `${path}?${new URLSearchParams(query)}` });
      expect(res.status).toBe(200);
      return res.json.integrations.map((i: { name: string }) => i.name);
    };
    expect(await names("/api/v1/integrations", { kind: "CLOUD_ACCOUNT" })).toEqual(["AWS prod", "Azure sub", "GCP ml"]);
    expect(await names("/api/v1/integrations", { q: "openai" })).toEqual(["OpenAI prod"]);
    expect(await names("/api/v1/integrations", { kind: "LLM_PROVIDER", q: "aws" })).toEqual([]);
    expect((await call(listRoute.GET, { cookie: admin, path: "/api/v1/integrations?kind=NOPE" })).status).toBe(400);
  });

  it("renames, replaces config (validated for the provider) and deletes, with audit events", async () => {
    const { org, admin } = await adminSetup();
    const res = await call(listRoute.POST, { method: "POST", cookie: admin, body: bodies(canary())[1] });
    const id = res.json.integration.id as string;
    const renamed = await call(itemRoute.PATCH, { method: "PATCH", cookie: admin, params: { id }, body: { name: "AWS production" } });
    expect(renamed.json.integration.name).toBe("AWS production");
    const newConfig = { accountId: "210987654321", roleArn: "arn:aws:iam::210987654321:role/reader", externalId: "ext-new" };
    const reconfigured = await call(itemRoute.PATCH, { method: "PATCH", cookie: admin, params: { id }, body: { config: newConfig } });
    expect(reconfigured.status, reconfigured.text).toBe(200);
    expect(reconfigured.json.integration.config).toEqual(newConfig);
    const wrongShape = await call(itemRoute.PATCH, { method: "PATCH", cookie: admin, params: { id }, body: { config: { apiVersion: "2024-10-21" } } });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.json.error.code).toBe("VALIDATION_FAILED");

    const deleted = await call(itemRoute.DELETE, { method: "DELETE", cookie: admin, params: { id } });
    expect(deleted.json).toEqual({ ok: true });
    expect((await call(itemRoute.GET, { cookie: admin, params: { id } })).status).toBe(404);
    const actions = (await db.auditEvent.findMany({ where: { orgId: org.id, resourceId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["integration.created", "integration.updated", "integration.updated", "integration.deleted"]);
    const update = await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "integration.updated", resourceId: id }, orderBy: { id: "desc" } });
    expect(update.summary).toMatchObject({ configKeysChanged: ["accountId", "externalId", "roleArn"] });
  });

  it("refuses invalid input with 400 and duplicate names with 409", async () => {
    const { admin } = await adminSetup();
    const [, aws, , , openai] = bodies(canary());
    const invalid = [
      { ...aws, config: { ...aws!.config, accountId: "12345" } },
      { ...openai, config: { baseUrl: "http://api.example.com/v1" } },
      { ...openai, kind: "TELEPATHY" },
      { ...openai, secrets: {} },
      { ...openai, name: "x".repeat(121) },
    ];
    for (const body of invalid) {
      const res = await call(listRoute.POST, { method: "POST", cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await call(listRoute.POST, { method: "POST", cookie: admin, body: openai })).status).toBe(201);
    const dup = await call(listRoute.POST, { method: "POST", cookie: admin, body: { ...openai, provider: "anthropic", config: {} } });
    expect(dup.status).toBe(409);
    const other = await call(listRoute.POST, { method: "POST", cookie: admin, body: { ...aws } });
    const clash = await call(itemRoute.PATCH, { method: "PATCH", cookie: admin, params: { id: other.json.integration.id }, body: { name: openai!.name } });
    expect(clash.status).toBe(409);
  });

  it("lets analysts, managers and read-only keys read but not write", async () => {
    const { org, members, admin, analyst, manager } = await adminSetup();
    const created = await call(listRoute.POST, { method: "POST", cookie: admin, body: bodies(canary())[4] });
    const id = created.json.integration.id as string;
    const readKey = await createApiKeyFor(org.id, members[0]!.user.id, ["integrations:read"]);
    for (const who of [{ cookie: analyst }, { cookie: manager }, { apiKey: readKey }]) {
      expect((await call(listRoute.GET, who)).status).toBe(200);
      expect((await call(itemRoute.GET, { ...who, params: { id } })).status).toBe(200);
      expect((await call(listRoute.POST, { ...who, method: "POST", body: { ...bodies(canary())[4], name: "mine" } })).status).toBe(403);
      expect((await call(itemRoute.PATCH, { ...who, method: "PATCH", params: { id }, body: { name: "renamed" } })).status).toBe(403);
      expect((await call(itemRoute.DELETE, { ...who, method: "DELETE", params: { id } })).status).toBe(403);
    }
    expect((await call(itemRoute.GET, { cookie: admin, params: { id } })).json.integration.name).toBe("OpenAI prod");
  });

  it("answers 404 for another organization's integration", async () => {
    const a = await adminSetup();
    const b = await adminSetup();
    const created = await call(listRoute.POST, { method: "POST", cookie: a.admin, body: bodies(canary())[4] });
    const id = created.json.integration.id as string;
    expect((await call(itemRoute.GET, { cookie: b.admin, params: { id } })).status).toBe(404);
    expect((await call(itemRoute.PATCH, { method: "PATCH", cookie: b.admin, params: { id }, body: { name: "stolen" } })).status).toBe(404);
    expect((await call(itemRoute.DELETE, { method: "DELETE", cookie: b.admin, params: { id } })).status).toBe(404);
    expect((await call(listRoute.GET, { cookie: b.admin })).json.integrations).toEqual([]);
    expect((await call(itemRoute.GET, { cookie: a.admin, params: { id } })).json.integration.name).toBe("OpenAI prod");
  });
});
