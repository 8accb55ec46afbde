import { describe, expect, it } from "vitest";
import * as sourceRoute from "@/app/api/v1/data-sources/[id]/route";
import * as sourcesRoute from "@/app/api/v1/data-sources/route";
import * as datasetRoute from "@/app/api/v1/datasets/[id]/route";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, uniq } from "../factories";

async function adminOf() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  return { org, members, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

const integrationIn = (orgId: string) =>
  db.integration.create({ data: { orgId, kind: "OAUTH_CONNECTION", provider: "google", name: `Drive ${uniq()}` }, select: { id: true, name: true } });

describe("data sources", () => {
  it("creates, reads, updates and deletes a source bound to an integration, with audit events", async () => {
    const t = await adminOf();
    const integration = await integrationIn(t.org.id);
    const created = await call(sourcesRoute.POST, {
      method: "POST", cookie: t.admin, body: { name: "Legal shared drive", kind: "google-drive", description: "Contracts", integrationId: integration.id },
    });
    expect(created.status).toBe(201);
    const id = created.json.dataSource.id as string;
    expect(created.json.dataSource).toMatchObject({ name: "Legal shared drive", kind: "google-drive", datasetCount: 0, integration: { id: integration.id, name: integration.name } });

    const read = await call(sourceRoute.GET, { cookie: t.manager, params: { id } });
    expect(read.status).toBe(200);
    expect(read.json.dataSource.description).toBe("Contracts");

    const patched = await call(sourceRoute.PATCH, { method: "PATCH", cookie: t.admin, params: { id }, body: { description: "All contracts", integrationId: null } });
    expect(patched.status).toBe(200);
    expect(patched.json.dataSource).toMatchObject({ description: "All contracts", integration: null });

    const dataset = await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Contracts", classification: "RESTRICTED", sourceId: id } });
    expect(dataset.status).toBe(201);
    const list = await call(sourcesRoute.GET, { cookie: t.analyst });
    expect(list.json.dataSources).toEqual([expect.objectContaining({ id, datasetCount: 1 })]);

    expect((await call(sourceRoute.DELETE, { method: "DELETE", cookie: t.admin, params: { id } })).status).toBe(200);
    expect((await call(sourceRoute.GET, { cookie: t.admin, params: { id } })).status).toBe(404);
    const orphan = await call(datasetRoute.GET, { cookie: t.admin, params: { id: dataset.json.dataset.id } });
    expect(orphan.json.dataset.source).toBeNull();

    const events = await db.auditEvent.findMany({ where: { orgId: t.org.id, resourceType: "data_source" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["data_source.created", "data_source.updated", "data_source.deleted"]);
    expect(events[1]!.summary).toMatchObject({ before: { description: "Contracts", integrationId: integration.id }, after: { description: "All contracts", integrationId: null } });
    expect(events[2]!.summary).toMatchObject({ name: "Legal shared drive", detachedDatasets: 1 });
  });

  it("refuses writes to analysts and managers, validates input and refuses duplicate names", async () => {
    const t = await adminOf();
    for (const cookie of [t.analyst, t.manager]) {
      expect((await call(sourcesRoute.POST, { method: "POST", cookie, body: { name: "X", kind: "s3" } })).status).toBe(403);
    }
    for (const body of [{ name: "", kind: "s3" }, { name: "X", kind: "ftp" }, { name: "X", kind: "s3", orgId: t.org.id }, { name: "X", kind: "s3", integrationId: "nope" }]) {
      const bad = await call(sourcesRoute.POST, { method: "POST", cookie: t.admin, body });
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await call(sourcesRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Customer DB", kind: "postgres" } })).status).toBe(201);
    const dup = await call(sourcesRoute.POST, { method: "POST", cookie: t.admin, body: { name: "customer db", kind: "s3" } });
    expect(dup.status).toBe(409);
    const id = (await call(sourcesRoute.GET, { cookie: t.admin })).json.dataSources[0].id as string;
    expect((await call(sourceRoute.PATCH, { method: "PATCH", cookie: t.admin, params: { id }, body: {} })).status).toBe(400);
    for (const cookie of [t.analyst, t.manager]) {
      expect((await call(sourceRoute.PATCH, { method: "PATCH", cookie, params: { id }, body: { description: "x" } })).status).toBe(403);
      expect((await call(sourceRoute.DELETE, { method: "DELETE", cookie, params: { id } })).status).toBe(403);
    }
  });

  it("keeps sources per tenant: another org's source and integration ids answer 404", async () => {
    const a = await adminOf();
    const b = await adminOf();
    const foreignIntegration = await integrationIn(b.org.id);
    const refused = await call(sourcesRoute.POST, { method: "POST", cookie: a.admin, body: { name: "Sneaky", kind: "s3", integrationId: foreignIntegration.id } });
    expect(refused.status).toBe(404);
    expect(await db.dataSource.count({ where: { orgId: a.org.id } })).toBe(0);

    const bSource = await call(sourcesRoute.POST, { method: "POST", cookie: b.admin, body: { name: "B bucket", kind: "s3" } });
    const id = bSource.json.dataSource.id as string;
    expect((await call(sourceRoute.GET, { cookie: a.admin, params: { id } })).status).toBe(404);
    expect((await call(sourceRoute.PATCH, { method: "PATCH", cookie: a.admin, params: { id }, body: { name: "Mine" } })).status).toBe(404);
    expect((await call(sourceRoute.DELETE, { method: "DELETE", cookie: a.admin, params: { id } })).status).toBe(404);
    const own = await call(sourcesRoute.POST, { method: "POST", cookie: a.admin, body: { name: "A bucket", kind: "s3" } });
    const rebind = await call(sourceRoute.PATCH, { method: "PATCH", cookie: a.admin, params: { id: own.json.dataSource.id }, body: { integrationId: foreignIntegration.id } });
    expect(rebind.status).toBe(404);
    expect((await call(sourcesRoute.GET, { cookie: a.admin })).json.dataSources.map((s: { name: string }) => s.name)).toEqual(["A bucket"]);
    expect((await db.dataSource.findUniqueOrThrow({ where: { id } })).name).toBe("B bucket");
  });
});

describe("datasets", () => {
  it("creates, filters, updates and deletes datasets with audit events", async () => {
    const t = await adminOf();
    const source = await call(sourcesRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Customer DB", kind: "postgres" } });
    const sourceId = source.json.dataSource.id as string;
    const pii = await call(datasetsRoute.POST, {
      method: "POST", cookie: t.admin,
      body: {
        name: "Customer PII", sourceId, classification: "RESTRICTED", categories: ["EMAIL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        locationUri: "postgres://db.internal/crm.customers", storeType: "SQL", owner: "data-platform@corp.example",
        approxSizeBytes: 5 * 1024 ** 3, retentionDays: 365,
      },
    });
    expect(pii.status).toBe(201);
    expect(pii.json.dataset).toMatchObject({
      name: "Customer PII", classification: "RESTRICTED", categories: ["EMAIL_ADDRESS", "PHONE_NUMBER"], storeType: "SQL",
      approxSizeBytes: 5 * 1024 ** 3, retentionDays: 365, linkCount: 0, source: { id: sourceId, name: "Customer DB", kind: "postgres" },
    });
    await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Product docs", classification: "PUBLIC", owner: "docs team" } });
    await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Payroll", classification: "RESTRICTED", categories: ["FINANCIAL"] } });

    const names = async (query: string) =>
      (await call(datasetsRoute.GET, { cookie: t.analyst, path: `/api/v1/datasets${query}` })).json.datasets.map((d: { name: string }) => d.name);
    expect(await names("")).toEqual(["Customer PII", "Payroll", "Product docs"]);
    expect(await names("?classification=RESTRICTED")).toEqual(["Customer PII", "Payroll"]);
    expect(await names(`?sourceId=${sourceId}`)).toEqual(["Customer PII"]);
    expect(await names("?q=DOCS")).toEqual(["Product docs"]);
    expect(await names("?q=crm.customers")).toEqual(["Customer PII"]);
    expect(await names("?category=FINANCIAL")).toEqual(["Payroll"]);
    expect((await call(datasetsRoute.GET, { cookie: t.admin, path: "/api/v1/datasets?classification=SECRET" })).status).toBe(400);

    const id = pii.json.dataset.id as string;
    const patched = await call(datasetRoute.PATCH, { method: "PATCH", cookie: t.admin, params: { id }, body: { classification: "CONFIDENTIAL", approxSizeBytes: null, sourceId: null } });
    expect(patched.status).toBe(200);
    expect(patched.json.dataset).toMatchObject({ classification: "CONFIDENTIAL", approxSizeBytes: null, source: null });
    const detail = await call(datasetRoute.GET, { cookie: t.manager, params: { id } });
    expect(detail.json).toMatchObject({ dataset: { id, classification: "CONFIDENTIAL" }, links: [], dataStores: [] });

    expect((await call(datasetRoute.DELETE, { method: "DELETE", cookie: t.admin, params: { id } })).status).toBe(200);
    expect((await call(datasetRoute.GET, { cookie: t.admin, params: { id } })).status).toBe(404);
    const events = await db.auditEvent.findMany({ where: { orgId: t.org.id, resourceId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["dataset.created", "dataset.updated", "dataset.deleted"]);
    expect(events[1]!.summary).toMatchObject({
      before: { classification: "RESTRICTED", approxSizeBytes: 5 * 1024 ** 3, sourceId }, after: { classification: "CONFIDENTIAL", approxSizeBytes: null, sourceId: null },
    });
  });

  it("validates input, refuses duplicates and refuses writes to analysts and managers", async () => {
    const t = await adminOf();
    const bad = [
      { name: "A" },
      { name: "A", classification: "SECRET" },
      { name: "A", classification: "PUBLIC", categories: ["SOCIAL_SECURITY"] },
      { name: "A", classification: "PUBLIC", locationUri: "not a uri" },
      { name: "A", classification: "PUBLIC", locationUri: "postgres://app:hunter2@db.internal/crm" },
      { name: "A", classification: "PUBLIC", approxSizeBytes: -1 },
      { name: "A", classification: "PUBLIC", retentionDays: 0 },
      { name: "A", classification: "PUBLIC", storeType: "GRAPH" },
      { name: "x".repeat(121), classification: "PUBLIC" },
      { name: "A", classification: "PUBLIC", orgId: t.org.id },
    ];
    for (const body of bad) {
      const res = await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await db.auditEvent.count({ where: { orgId: t.org.id, resourceType: "dataset" } })).toBe(0);
    const ok = await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Payroll", classification: "RESTRICTED" } });
    expect(ok.status).toBe(201);
    expect((await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "PAYROLL", classification: "PUBLIC" } })).status).toBe(409);
    const other = await call(datasetsRoute.POST, { method: "POST", cookie: t.admin, body: { name: "Payroll 2024", classification: "RESTRICTED" } });
    expect((await call(datasetRoute.PATCH, { method: "PATCH", cookie: t.admin, params: { id: other.json.dataset.id }, body: { name: "payroll" } })).status).toBe(409);
    const id = ok.json.dataset.id as string;
    for (const cookie of [t.analyst, t.manager]) {
      expect((await call(datasetsRoute.POST, { method: "POST", cookie, body: { name: "B", classification: "PUBLIC" } })).status).toBe(403);
      expect((await call(datasetRoute.PATCH, { method: "PATCH", cookie, params: { id }, body: { classification: "PUBLIC" } })).status).toBe(403);
      expect((await call(datasetRoute.DELETE, { method: "DELETE", cookie, params: { id } })).status).toBe(403);
    }
    const readOnlyKey = await createApiKeyFor(t.org.id, t.members[0]!.user.id, ["catalog:read"]);
    expect((await call(datasetsRoute.GET, { apiKey: readOnlyKey })).status).toBe(200);
    expect((await call(datasetsRoute.POST, { method: "POST", apiKey: readOnlyKey, body: { name: "B", classification: "PUBLIC" } })).status).toBe(403);
  });

  it("keeps datasets per tenant: another org's dataset and source ids answer 404", async () => {
    const a = await adminOf();
    const b = await adminOf();
    const bSource = await call(sourcesRoute.POST, { method: "POST", cookie: b.admin, body: { name: "B drive", kind: "google-drive" } });
    const bDataset = await call(datasetsRoute.POST, { method: "POST", cookie: b.admin, body: { name: "B secrets", classification: "RESTRICTED" } });
    const id = bDataset.json.dataset.id as string;
    expect((await call(datasetRoute.GET, { cookie: a.admin, params: { id } })).status).toBe(404);
    expect((await call(datasetRoute.PATCH, { method: "PATCH", cookie: a.admin, params: { id }, body: { classification: "PUBLIC" } })).status).toBe(404);
    expect((await call(datasetRoute.DELETE, { method: "DELETE", cookie: a.admin, params: { id } })).status).toBe(404);
    const viaForeignSource = await call(datasetsRoute.POST, { method: "POST", cookie: a.admin, body: { name: "Mine", classification: "PUBLIC", sourceId: bSource.json.dataSource.id } });
    expect(viaForeignSource.status).toBe(404);
    const own = await call(datasetsRoute.POST, { method: "POST", cookie: a.admin, body: { name: "Mine", classification: "PUBLIC" } });
    const rebind = await call(datasetRoute.PATCH, { method: "PATCH", cookie: a.admin, params: { id: own.json.dataset.id }, body: { sourceId: bSource.json.dataSource.id } });
    expect(rebind.status).toBe(404);
    const filtered = await call(datasetsRoute.GET, { cookie: a.admin, path: `/api/v1/datasets?sourceId=${bSource.json.dataSource.id}` });
    expect(filtered.json.datasets).toEqual([]);
    expect((await call(datasetsRoute.GET, { cookie: a.admin })).json.datasets.map((d: { name: string }) => d.name)).toEqual(["Mine"]);
    expect((await db.dataset.findUniqueOrThrow({ where: { id } })).classification).toBe("RESTRICTED");
  });
});
