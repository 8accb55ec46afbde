import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemoApps } from "@/prisma/demo/apps";
import { seedDemoCatalog } from "@/prisma/demo/catalog";
import { scanDemoSamples, seedDemoDlp } from "@/prisma/demo/dlp";
import { createOrgWithMembers } from "../factories";

describe("demo DLP seed", () => {
  it("creates policies, a custom rule and samples whose scan yields findings of every detector family", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    await db.$transaction(async (tx) => {
      const { datasetIdByName } = await seedDemoCatalog(tx, org.id, { integrationIdByName: {} });
      const appIdByName = await seedDemoApps(tx, org.id, [], { credentialIdByProvider: {}, datasetIdByName });
      await seedDemoDlp(tx, org.id, appIdByName, datasetIdByName);
    }, { timeout: 30_000 });
    await scanDemoSamples(org.id);
    expect(await db.dlpPolicy.count({ where: { orgId: org.id } })).toBe(2);
    const scans = await db.dlpScan.findMany({ where: { orgId: org.id }, select: { status: true, scanned: true, total: true } });
    expect(scans).toHaveLength(2);
    expect(scans.every((s) => s.status === "SUCCEEDED" && s.scanned === s.total)).toBe(true);
    const findings = await db.finding.findMany({ where: { orgId: org.id }, select: { detector: true, ruleId: true } });
    const rules = findings.map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "aws-access-token", "demo-employee-id"]));
    expect(new Set(findings.map((f) => f.detector))).toEqual(new Set(["pii", "secret", "custom", "injection"]));
    expect(rules).not.toContain("DATE_TIME"); // disabled by the demo default policy
  });
});
