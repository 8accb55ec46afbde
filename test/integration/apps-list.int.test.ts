import { beforeAll, describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import { createApp } from "@/lib/apps/server/create-app";
import { ZCreateAppRequest, type TCreateAppRequest } from "@/lib/apps/schemas";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, userCtx } from "../factories";

type Listed = { apps: { name: string; [field: string]: unknown }[]; total: number; page: number | null; nextCursor: string | null };

describe("apps list: search, filters, sort, pagination", () => {
  let cookie = "";
  let ownerId = "";
  const list = async (query: Record<string, string>) => {
    const res = await call(appsRoute.GET, { cookie, path: `/api/v1/apps?${new URLSearchParams(query)}` });
    expect(res.status, res.text).toBe(200);
    return res.json as Listed;
  };
  const names = async (query: Record<string, string>) => (await list(query)).apps.map((a) => a.name);

  beforeAll(async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const [admin, analyst] = members as [typeof members[0], typeof members[0]];
    cookie = (await sessionCookie(admin.user.id)).cookie;
    ownerId = analyst.user.id;
    const ctx = userCtx(org, admin.user, "ADMIN");
    const apps: TCreateAppRequest[] = [
      { name: "Support Copilot", criticality: "HIGH", lifecycle: "PRODUCTION", exposure: "PUBLIC", ownerId, tags: ["rag"], modelUsages: [{ provider: "openai", modelId: "gpt-4o" }, { provider: "openai", modelId: "text-embedding-3-large", purpose: "embeddings" }] },
      { name: "Contract Analyzer", criticality: "CRITICAL", lifecycle: "PRODUCTION", exposure: "INTERNAL", description: "Reviews supplier contracts", modelUsages: [{ provider: "anthropic", modelId: "claude-sonnet-4" }] },
      { name: "Code Review Bot", criticality: "MEDIUM", lifecycle: "DEVELOPMENT", exposure: "INTERNAL", ownerId, modelUsages: [{ provider: "openai", modelId: "o3" }] },
      { name: "HR Policy Assistant", criticality: "LOW", lifecycle: "IDEA", exposure: "INTERNAL", businessUnit: "People" },
      { name: "Fraud Triage Agent", criticality: "CRITICAL", lifecycle: "DEVELOPMENT", exposure: "PARTNER", modelUsages: [{ provider: "aws.bedrock", modelId: "amazon.nova-pro-v1:0" }] },
      { name: "Marketing Copy Studio", criticality: "LOW", lifecycle: "RETIRED", exposure: "PUBLIC", modelUsages: [{ provider: "gcp.gemini", modelId: "gemini-2.5-pro" }] },
    ];
    for (const app of apps) await createApp({ ctx, ...ZCreateAppRequest.parse(app) });
    // Another org's apps never show up.
    const other = await createOrgWithMembers(["ADMIN"]);
    await createApp({ ctx: userCtx(other.org, other.members[0]!.user, "ADMIN"), ...ZCreateAppRequest.parse({ name: "Support Copilot 2", modelUsages: [{ provider: "openai", modelId: "gpt-4o" }] }) });
  });

  it("sorts by name by default and returns the total", async () => {
    const all = await list({});
    expect(all.total).toBe(6);
    expect(all.page).toBe(1);
    expect(all.apps.map((a) => a.name)).toEqual(["Code Review Bot", "Contract Analyzer", "Fraud Triage Agent", "HR Policy Assistant", "Marketing Copy Studio", "Support Copilot"]);
    expect(await names({ sort: "name", order: "desc" })).toEqual(["Support Copilot", "Marketing Copy Studio", "HR Policy Assistant", "Fraud Triage Agent", "Contract Analyzer", "Code Review Bot"]);
  });

  it("gives each row its owner, distinct providers and counts", async () => {
    const { apps } = await list({});
    const copilot = apps.find((a) => a.name === "Support Copilot")!;
    expect(copilot).toMatchObject({
      owner: { id: ownerId, email: expect.any(String) }, providers: ["openai"], modelUsageCount: 2, dataStoreCount: 0,
      criticality: "HIGH", lifecycle: "PRODUCTION", exposure: "PUBLIC", tags: ["rag"], environments: expect.any(Array),
    });
    expect(Date.parse(copilot.updatedAt as string)).toBeGreaterThan(Date.now() - 600_000);
    expect(apps.find((a) => a.name === "Fraud Triage Agent")).toMatchObject({ owner: null, providers: ["aws.bedrock"], modelUsageCount: 1 });
    expect(apps.find((a) => a.name === "HR Policy Assistant")).toMatchObject({ providers: [], modelUsageCount: 0, businessUnit: "People" });
  });

  it("lists apps written outside Prisma, whose list columns are NULL, with empty lists", async () => {
    const bare = await createOrgWithMembers(["ANALYST"]);
    await db.$executeRaw`INSERT INTO llm_apps (id, org_id, name, updated_at) VALUES (gen_random_uuid(), ${bare.org.id}::uuid, 'bare-app', now())`;
    const res = await call(appsRoute.GET, { cookie: (await sessionCookie(bare.members[0]!.user.id)).cookie, path: "/api/v1/apps" });
    expect(res.status, res.text).toBe(200);
    expect(res.json.apps).toMatchObject([{ name: "bare-app", tags: [], environments: [], providers: [], owner: null, modelUsageCount: 0, dataStoreCount: 0 }]);
  });

  it("sorts by criticality (most critical first, then by name) and by last update", async () => {
    expect(await names({ sort: "criticality" })).toEqual(["Contract Analyzer", "Fraud Triage Agent", "Support Copilot", "Code Review Bot", "HR Policy Assistant", "Marketing Copy Studio"]);
    expect((await names({ sort: "updatedAt" }))[0]).toBe("Marketing Copy Studio");
    expect((await names({ sort: "updatedAt", order: "asc" }))[0]).toBe("Support Copilot");
  });

  it("searches names, descriptions, business units and model ids", async () => {
    expect(await names({ q: "copilot" })).toEqual(["Support Copilot"]);
    expect(await names({ q: "SUPPLIER" })).toEqual(["Contract Analyzer"]);
    expect(await names({ q: "people" })).toEqual(["HR Policy Assistant"]);
    expect(await names({ q: "gpt-4" })).toEqual(["Support Copilot"]);
    expect(await names({ q: "rag" })).toEqual(["Support Copilot"]);
    expect((await list({ q: "nothing like this" })).total).toBe(0);
  });

  it("filters by owner, lifecycle, provider and exposure, and combines them", async () => {
    expect(await names({ owner: ownerId })).toEqual(["Code Review Bot", "Support Copilot"]);
    expect(await names({ lifecycle: "PRODUCTION" })).toEqual(["Contract Analyzer", "Support Copilot"]);
    expect(await names({ provider: "openai" })).toEqual(["Code Review Bot", "Support Copilot"]);
    expect(await names({ exposure: "PUBLIC" })).toEqual(["Marketing Copy Studio", "Support Copilot"]);
    expect(await names({ provider: "openai", lifecycle: "DEVELOPMENT", owner: ownerId })).toEqual(["Code Review Bot"]);
    const filtered = await list({ exposure: "INTERNAL", limit: "1" });
    expect(filtered.total).toBe(3);
    expect(filtered.apps).toHaveLength(1);
  });

  it("pages by number and walks every row once with the keyset cursor", async () => {
    const second = await list({ page: "2", limit: "4" });
    expect(second).toMatchObject({ total: 6, page: 2, nextCursor: null });
    expect(second.apps.map((a) => a.name)).toEqual(["Marketing Copy Studio", "Support Copilot"]);

    for (const sort of ["name", "criticality", "updatedAt"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const pageOf: Listed = await list({ sort, limit: "2", ...(cursor ? { cursor } : {}) });
        expect(pageOf.total).toBe(6);
        seen.push(...pageOf.apps.map((a) => a.name));
        cursor = pageOf.nextCursor;
      } while (cursor);
      expect(seen).toEqual(await names({ sort }));
    }
  });

  it("refuses a cursor from another sort, cursor with page, and unknown filters", async () => {
    const first = await list({ sort: "name", limit: "2" });
    const cases: Record<string, string>[] = [
      { sort: "criticality", cursor: first.nextCursor! },
      { cursor: first.nextCursor!, page: "2" },
      { cursor: "garbage" },
      { provider: "openai.com" },
      { sort: "owner" },
      { orgId: ownerId },
    ];
    for (const query of cases) {
      const res = await call(appsRoute.GET, { cookie, path: `/api/v1/apps?${new URLSearchParams(query)}` });
      expect(res.status, JSON.stringify(query)).toBe(400);
    }
  });
});
