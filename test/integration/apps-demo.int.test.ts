import { describe, expect, it } from "vitest";
import { getApp } from "@/lib/apps/server/get-app";
import { listApps } from "@/lib/apps/server/list-apps";
import { ZListAppsQuery } from "@/lib/apps/list-schemas";
import { ZAppDetail } from "@/lib/apps/schemas";
import { db } from "@/lib/server/db";
import { seedDemoApps } from "@/prisma/demo/apps";
import { createOrgWithMembers, userCtx } from "../factories";

describe("demo apps seed", () => {
  it("creates apps across providers and lifecycles without any credentials or datasets", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const ids = await db.$transaction((tx) => seedDemoApps(tx, org.id, [], { credentialIdByProvider: {}, datasetIdByName: {} }));
    expect(Object.keys(ids)).toEqual(expect.arrayContaining(["Support Copilot", "Contract Analyzer", "Fraud Triage Agent", "Internal Search"]));
    const ctx = userCtx(org, members[0]!.user, "ADMIN");
    const listed = await listApps({ ctx, query: ZListAppsQuery.parse({ limit: "100" }) });
    expect(listed.total).toBe(Object.keys(ids).length);
    expect(new Set(listed.apps.map((a) => a.lifecycle))).toEqual(new Set(["IDEA", "DEVELOPMENT", "PRODUCTION", "RETIRED"]));
    expect(new Set(listed.apps.flatMap((a) => a.providers))).toEqual(new Set(["openai", "anthropic", "aws.bedrock", "gcp.gemini", "gcp.vertex_ai", "azure.ai.openai", "cohere", "mistral_ai", "groq"]));
    expect(await db.modelUsage.count({ where: { orgId: org.id, credentialId: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "app.created" } })).toBe(listed.total);
  });

  it("uses the owners, credentials and datasets it is given", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const openai = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI" } });
    const bedrock = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "aws-bedrock", name: "Bedrock" } });
    const tickets = await db.dataset.create({ data: { orgId: org.id, name: "Support tickets", classification: "CONFIDENTIAL" } });
    const ownerIds = members.map((m) => m.user.id);
    const ids = await db.$transaction((tx) =>
      seedDemoApps(tx, org.id, ownerIds, { credentialIdByProvider: { openai: openai.id, "aws-bedrock": bedrock.id }, datasetIdByName: { "Support tickets": tickets.id } }),
    );
    const ctx = userCtx(org, members[0]!.user, "ADMIN");
    const copilot = ZAppDetail.parse(await getApp({ ctx, appId: ids["Support Copilot"]! }));
    expect(ownerIds).toContain(copilot.owner!.id);
    expect(copilot.modelUsages.every((u) => u.credential?.id === openai.id)).toBe(true);
    expect(copilot.dataStores.find((s) => s.kind === "VECTOR")!.dataset).toMatchObject({ id: tickets.id, classification: "CONFIDENTIAL" });
    const fraud = await getApp({ ctx, appId: ids["Fraud Triage Agent"]! });
    expect(fraud.modelUsages.map((u) => u.credential?.id)).toEqual([bedrock.id, bedrock.id]);
    for (const id of Object.values(ids)) ZAppDetail.parse(await getApp({ ctx, appId: id }));
  });
});
