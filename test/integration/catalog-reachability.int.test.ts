import { describe, expect, it } from "vitest";
import * as optionsRoute from "@/app/api/v1/catalog/options/route";
import * as reachabilityRoute from "@/app/api/v1/catalog/reachability/route";
import * as datasetRoute from "@/app/api/v1/datasets/[id]/route";
import * as linkRoute from "@/app/api/v1/datasets/[id]/links/[linkId]/route";
import * as linksRoute from "@/app/api/v1/datasets/[id]/links/route";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

async function tenant() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  return { org, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

type Exposure = "INTERNAL" | "PARTNER" | "PUBLIC";
const appIn = (orgId: string, name: string, exposure: Exposure = "INTERNAL") =>
  db.llmApp.create({ data: { orgId, name, exposure, lifecycle: "PRODUCTION" }, select: { id: true, name: true } });
const usage = (orgId: string, appId: string, provider: string, modelId: string, viaGateway: boolean) =>
  db.modelUsage.create({ data: { orgId, appId, provider, modelId, viaGateway } });

async function dataset(cookie: string, name: string, classification: string) {
  const res = await call(datasetsRoute.POST, { method: "POST", cookie, body: { name, classification, categories: ["EMAIL_ADDRESS"] } });
  expect(res.status).toBe(201);
  return res.json.dataset.id as string;
}

describe("dataset links", () => {
  it("links a dataset to an app, shows it on the dataset, refuses duplicates and unlinks, with audit events", async () => {
    const t = await tenant();
    const app = await appIn(t.org.id, "Support Copilot", "PUBLIC");
    const id = await dataset(t.admin, "Customer PII", "RESTRICTED");
    const linked = await call(linksRoute.POST, { method: "POST", cookie: t.admin, params: { id }, body: { appId: app.id, access: "RAG_INDEX" } });
    expect(linked.status).toBe(201);
    expect(linked.json.link).toMatchObject({ datasetId: id, access: "RAG_INDEX", app: { id: app.id, name: "Support Copilot", exposure: "PUBLIC" } });
    const again = await call(linksRoute.POST, { method: "POST", cookie: t.admin, params: { id }, body: { appId: app.id, access: "RAG_INDEX" } });
    expect(again.status).toBe(409);
    expect((await call(linksRoute.POST, { method: "POST", cookie: t.admin, params: { id }, body: { appId: app.id, access: "TOOL" } })).status).toBe(201);

    const detail = await call(datasetRoute.GET, { cookie: t.manager, params: { id } });
    expect(detail.json.dataset.linkCount).toBe(2);
    expect(detail.json.links.map((l: { access: string }) => l.access)).toEqual(["RAG_INDEX", "TOOL"]);

    const linkId = linked.json.link.id as string;
    expect((await call(linkRoute.DELETE, { method: "DELETE", cookie: t.admin, params: { id, linkId } })).status).toBe(200);
    expect((await call(linkRoute.DELETE, { method: "DELETE", cookie: t.admin, params: { id, linkId } })).status).toBe(404);
    const events = await db.auditEvent.findMany({ where: { orgId: t.org.id, action: { in: ["dataset.linked", "dataset.unlinked"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["dataset.linked", "dataset.linked", "dataset.unlinked"]);
    expect(events[0]!.summary).toMatchObject({ dataset: "Customer PII", app: "Support Copilot", access: "RAG_INDEX", linkId });
  });

  it("validates links, refuses them to analysts and managers, and keeps them per tenant", async () => {
    const a = await tenant();
    const b = await tenant();
    const aApp = await appIn(a.org.id, "A app");
    const bApp = await appIn(b.org.id, "B app");
    const aSet = await dataset(a.admin, "A data", "CONFIDENTIAL");
    const bSet = await dataset(b.admin, "B data", "RESTRICTED");
    for (const body of [{ appId: aApp.id }, { appId: aApp.id, access: "READ" }, { appId: "x", access: "TOOL" }, { appId: aApp.id, access: "TOOL", orgId: b.org.id }]) {
      expect((await call(linksRoute.POST, { method: "POST", cookie: a.admin, params: { id: aSet }, body })).status).toBe(400);
    }
    for (const cookie of [a.analyst, a.manager]) {
      expect((await call(linksRoute.POST, { method: "POST", cookie, params: { id: aSet }, body: { appId: aApp.id, access: "TOOL" } })).status).toBe(403);
    }
    // Another org's app, or another org's dataset, is unknown here.
    expect((await call(linksRoute.POST, { method: "POST", cookie: a.admin, params: { id: aSet }, body: { appId: bApp.id, access: "TOOL" } })).status).toBe(404);
    expect((await call(linksRoute.POST, { method: "POST", cookie: a.admin, params: { id: bSet }, body: { appId: aApp.id, access: "TOOL" } })).status).toBe(404);
    const bLink = await call(linksRoute.POST, { method: "POST", cookie: b.admin, params: { id: bSet }, body: { appId: bApp.id, access: "TOOL" } });
    const bLinkId = bLink.json.link.id as string;
    expect((await call(linkRoute.DELETE, { method: "DELETE", cookie: a.admin, params: { id: bSet, linkId: bLinkId } })).status).toBe(404);
    // A link id under the wrong dataset is not found either, even within one org.
    expect((await call(linkRoute.DELETE, { method: "DELETE", cookie: b.admin, params: { id: aSet, linkId: bLinkId } })).status).toBe(404);
    expect((await call(linkRoute.DELETE, { method: "DELETE", cookie: b.analyst, params: { id: bSet, linkId: bLinkId } })).status).toBe(403);
    expect(await db.datasetAppLink.count({ where: { orgId: a.org.id } })).toBe(0);
    expect(await db.datasetAppLink.count({ where: { id: bLinkId } })).toBe(1);
  });
});

describe("reachability", () => {
  it("follows restricted and confidential datasets to apps (links and data stores) and their providers, flagging risky paths", async () => {
    const t = await tenant();
    const support = await appIn(t.org.id, "Support Copilot", "PUBLIC");
    const search = await appIn(t.org.id, "Internal Search", "INTERNAL");
    await appIn(t.org.id, "Unrelated", "PUBLIC");
    await usage(t.org.id, support.id, "openai", "gpt-4o", true);
    await usage(t.org.id, support.id, "anthropic", "claude-sonnet-4", false);
    await usage(t.org.id, search.id, "openai", "text-embedding-3-small", true);
    const pii = await dataset(t.admin, "Customer PII", "RESTRICTED");
    const tickets = await dataset(t.admin, "Support tickets", "CONFIDENTIAL");
    await dataset(t.admin, "Product docs", "PUBLIC");
    await call(linksRoute.POST, { method: "POST", cookie: t.admin, params: { id: pii }, body: { appId: support.id, access: "RAG_INDEX" } });
    await call(linksRoute.POST, { method: "POST", cookie: t.admin, params: { id: tickets }, body: { appId: support.id, access: "PROMPT_CONTEXT" } });
    await db.appDataStore.create({ data: { orgId: t.org.id, appId: search.id, kind: "VECTOR", name: `pii-index-${uniq()}`, datasetId: pii } });

    const res = await call(reachabilityRoute.GET, { cookie: t.manager });
    expect(res.status).toBe(200);
    expect(res.json.summary).toEqual({ sensitiveDatasets: 2, reachableDatasets: 2, riskyDatasets: 1 });
    const [piiRow, ticketsRow] = res.json.rows;
    expect(piiRow.dataset).toMatchObject({ id: pii, name: "Customer PII", classification: "RESTRICTED" });
    expect(piiRow.risky).toBe(true);
    expect(piiRow.apps).toEqual([
      expect.objectContaining({ name: "Internal Search", access: [], dataStores: [expect.objectContaining({ kind: "VECTOR" })], risks: [] }),
      expect.objectContaining({
        name: "Support Copilot", exposure: "PUBLIC", access: ["RAG_INDEX"], risks: ["PUBLIC_APP", "UNGATED_PROVIDER"],
        providers: [{ provider: "anthropic", modelId: "claude-sonnet-4", viaGateway: false }, { provider: "openai", modelId: "gpt-4o", viaGateway: true }],
      }),
    ]);
    expect(piiRow.providers.map((p: { modelId: string }) => p.modelId)).toEqual(["claude-sonnet-4", "gpt-4o", "text-embedding-3-small"]);
    expect(ticketsRow).toMatchObject({ dataset: { id: tickets, classification: "CONFIDENTIAL" }, risky: false, apps: [expect.objectContaining({ name: "Support Copilot", risks: [] })] });
  });

  it("shows only the caller's organization and is readable by analysts and managers", async () => {
    const a = await tenant();
    const b = await tenant();
    const bApp = await appIn(b.org.id, "B public bot", "PUBLIC");
    const bSet = await dataset(b.admin, "B restricted", "RESTRICTED");
    await call(linksRoute.POST, { method: "POST", cookie: b.admin, params: { id: bSet }, body: { appId: bApp.id, access: "TOOL" } });
    const aSet = await dataset(a.admin, "A restricted", "RESTRICTED");
    // A corrupt cross-tenant row (an A data store pointing at B's dataset) must not leak B's data into A's view or vice versa.
    const aApp = await appIn(a.org.id, "A app");
    await db.appDataStore.create({ data: { orgId: a.org.id, appId: aApp.id, kind: "SQL", name: "odd", datasetId: bSet } });

    for (const cookie of [a.analyst, a.manager]) {
      const res = await call(reachabilityRoute.GET, { cookie });
      expect(res.status).toBe(200);
      expect(res.json.rows.map((r: { dataset: { id: string } }) => r.dataset.id)).toEqual([aSet]);
      expect(res.json.rows[0].apps).toEqual([]);
      expect(res.text).not.toContain("B public bot");
    }
    const bView = await call(reachabilityRoute.GET, { cookie: b.analyst });
    expect(bView.json.rows).toHaveLength(1);
    expect(bView.json.rows[0].apps.map((x: { name: string }) => x.name)).toEqual(["B public bot"]);
  });

  it("lists the org's apps and integrations as form options, for readers only", async () => {
    const a = await tenant();
    const b = await tenant();
    await appIn(a.org.id, "Contract Analyzer", "PARTNER");
    await appIn(b.org.id, "Other org app");
    await db.integration.create({ data: { orgId: a.org.id, kind: "OAUTH_CONNECTION", provider: "google", name: "Google Workspace" } });
    const res = await call(optionsRoute.GET, { cookie: a.manager });
    expect(res.status).toBe(200);
    expect(res.json.apps).toEqual([expect.objectContaining({ name: "Contract Analyzer", exposure: "PARTNER" })]);
    expect(res.json.integrations).toEqual([expect.objectContaining({ name: "Google Workspace", kind: "OAUTH_CONNECTION", provider: "google" })]);
    expect((await call(optionsRoute.GET, {})).status).toBe(401);
  });
});

describe("demo catalog seed", () => {
  it("seeds sources, datasets of every classification and links to the apps that exist", async () => {
    const t = await tenant();
    const drive = await db.integration.create({ data: { orgId: t.org.id, kind: "OAUTH_CONNECTION", provider: "google", name: "Google Workspace" } });
    const support = await appIn(t.org.id, "Support Copilot", "PUBLIC");
    const hr = await appIn(t.org.id, "HR Policy Assistant", "INTERNAL");
    await usage(t.org.id, support.id, "openai", "gpt-4o", false);
    const { seedDemoCatalog, seedDemoCatalogLinks } = await import("@/prisma/demo/catalog");
    const { linked } = await db.$transaction(async (tx) => {
      const { datasetIdByName } = await seedDemoCatalog(tx, t.org.id, { integrationIdByName: { "Google Workspace": drive.id } });
      return seedDemoCatalogLinks(tx, t.org.id, { "Support Copilot": support.id, "HR Policy Assistant": hr.id }, datasetIdByName);
    });
    expect(linked).toBe(5);
    const datasets = (await call(datasetsRoute.GET, { cookie: t.analyst })).json.datasets as { classification: string }[];
    expect(new Set(datasets.map((d) => d.classification))).toEqual(new Set(["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"]));
    expect((await db.dataSource.findFirstOrThrow({ where: { orgId: t.org.id, name: "Legal shared drive" } })).integrationId).toBe(drive.id);
    const view = await call(reachabilityRoute.GET, { cookie: t.analyst });
    const pii = view.json.rows.find((r: { dataset: { name: string } }) => r.dataset.name === "Customer PII");
    expect(pii).toMatchObject({ risky: true, apps: [expect.objectContaining({ name: "Support Copilot", risks: ["PUBLIC_APP", "UNGATED_PROVIDER"] })] });
  });
});
