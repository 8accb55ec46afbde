import { describe, expect, it } from "vitest";
import * as rotationRoute from "@/app/api/v1/integrations/rotation/route";
import * as listRoute from "@/app/api/v1/integrations/route";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { db } from "@/lib/server/db";
import { seedDemoIntegrations } from "@/prisma/demo/integrations";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

describe("demo integrations seed", () => {
  it("creates every kind with encrypted fake keys, some overdue, keyed by OTel provider name", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const seeded = await db.$transaction((tx) => seedDemoIntegrations(tx, org.id), { timeout: 30_000 });
    expect(Object.keys(seeded.credentialIdByProvider).sort()).toEqual(["anthropic", "aws.bedrock", "azure.ai.openai", "gcp.vertex_ai", "openai"]);
    expect(Object.keys(seeded.integrationIdByName)).toHaveLength(10);

    const { cookie } = await sessionCookie(members[0]!.user.id);
    const list = await call(listRoute.GET, { cookie });
    expect(list.status).toBe(200);
    const kinds = new Set(list.json.integrations.map((i: { kind: string }) => i.kind));
    expect(kinds).toEqual(new Set(["OAUTH_CONNECTION", "CLOUD_ACCOUNT", "LLM_PROVIDER", "SERVICE_ACCOUNT"]));
    const drive = list.json.integrations.find((i: { provider: string }) => i.provider === "google-drive");
    expect(drive).toMatchObject({ status: "DISCONNECTED", lastError: expect.stringContaining("reconnect") });

    const rotation = await call(rotationRoute.GET, { cookie });
    const statuses = rotation.json.secrets.map((s: { rotationStatus: string }) => s.rotationStatus);
    expect(statuses.filter((s: string) => s === "overdue").length).toBeGreaterThanOrEqual(3);
    expect(statuses).toContain("due");
    expect(statuses[0]).toBe("overdue");

    const openaiKey = await readIntegrationSecret({ orgId: org.id, integrationId: seeded.credentialIdByProvider.openai!, purpose: "api_key" });
    expect(openaiKey).toMatch(/^sk-demo-/);
    expect(list.text).not.toContain(openaiKey!);
  });

  it("refuses an organization that is not committed yet instead of hanging", async () => {
    await expect(
      db.$transaction(async (tx) => {
        const org = await tx.organization.create({ data: { name: "uncommitted", slug: `uncommitted-${Date.now()}` } });
        return seedDemoIntegrations(tx, org.id);
      }),
    ).rejects.toThrow(/commit the organization first/);
  });
});
