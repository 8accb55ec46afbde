import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemoApps } from "@/prisma/demo/apps";
import { ingestDemoEvents } from "@/prisma/demo/events";
import { createOrgWithMembers } from "../factories";

describe("demo events seed", () => {
  it("ingests recent LLM calls and cloud events through the pipeline, mapped, priced and scanned", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const apps = await db.$transaction((tx) => seedDemoApps(tx, org.id, [], { credentialIdByProvider: {}, datasetIdByName: {} }));
    await ingestDemoEvents(org.id);
    const files = await db.ingestFile.findMany({ where: { orgId: org.id }, select: { status: true, lines: true, stored: true, rejected: true } });
    expect(files).toEqual(expect.arrayContaining([{ status: "DONE", lines: 240, stored: 240, rejected: 0 }, { status: "DONE", lines: 120, stored: 120, rejected: 0 }]));
    expect(await db.llmEvent.count({ where: { orgId: org.id, appId: apps["Support Copilot"] } })).toBe(120);
    expect(await db.llmEvent.count({ where: { orgId: org.id, time: { gte: new Date(Date.now() - 7 * 86_400_000) } } })).toBeGreaterThan(50);
    expect(await db.llmEvent.count({ where: { orgId: org.id, costUsd: { gt: 0 } } })).toBe(240);
    const rules = (await db.finding.findMany({ where: { orgId: org.id }, select: { ruleId: true } })).map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["EMAIL_ADDRESS", "instruction_override"]));
    expect(await db.cloudEvent.count({ where: { orgId: org.id, outcome: "failure" } })).toBeGreaterThan(0);
  });
});
