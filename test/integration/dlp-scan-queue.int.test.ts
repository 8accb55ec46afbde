import { Worker } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import * as datasetFindingsRoute from "@/app/api/v1/datasets/[id]/dlp-findings/route";
import * as datasetScansRoute from "@/app/api/v1/datasets/[id]/dlp-scans/route";
import * as samplesRoute from "@/app/api/v1/datasets/[id]/samples/route";
import * as scanRunRoute from "@/app/api/v1/dlp/scans/[id]/route";
import { runDlpScanBatch } from "@/lib/dlp/server/run-dlp-scan-batch";
import { getQueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { bullConnectionOptions } from "@/lib/server/redis";
import { registry } from "@/workers/registry";
import { until } from "../helpers/until";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});
const startWorker = () => {
  workers.push(new Worker("dlp-scan", registry["dlp-scan"].processor as never, { connection: bullConnectionOptions(), prefix: process.env.QUEUE_PREFIX, concurrency: 2 }));
};

const awsKey = "AKIA" + "Q3EGRTYWZ7NLX4PM";
const samples = [
  { label: "ticket-1", content: `Customer jane.roe@example.org asked for a refund, card 4111 1111 1111 1111.` },
  { label: "ticket-2", content: `deploy with aws_access_key_id=${awsKey} today` },
  { label: "ticket-3", content: "The quarterly report is attached; nothing sensitive here." },
];

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  const dataset = await db.dataset.create({ data: { orgId: org.id, name: `Support tickets ${uniq()}`, classification: "INTERNAL" } });
  return { org, dataset, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

const waitForScan = (cookie: string, id: string) =>
  until("the scan to finish", async () => {
    const { json } = await call(scanRunRoute.GET, { cookie, params: { id } });
    return ["SUCCEEDED", "FAILED"].includes(json.scan.status) ? json.scan : null;
  });

describe("dlp-scan queue over dataset samples", () => {
  it("scans stored samples in batches on the worker, writes deduplicated findings and suggests a classification", async () => {
    const { org, dataset, admin, analyst } = await setup();
    startWorker();
    const added = await call(samplesRoute.POST, { method: "POST", cookie: admin, params: { id: dataset.id }, body: { samples } });
    expect(added.status).toBe(201);
    const listed = await call(samplesRoute.GET, { cookie: analyst, params: { id: dataset.id } });
    expect(listed.json.total).toBe(3);
    expect(listed.text).not.toContain("jane.roe"); // content never leaves through the API

    const started = await call(datasetScansRoute.POST, { method: "POST", cookie: analyst, params: { id: dataset.id } });
    expect(started.status).toBe(202);
    const jobs = await getQueue("dlp-scan").getJobs(["waiting", "active", "completed", "delayed"]);
    const ours = jobs.filter((j) => j.data.scanId === started.json.scan.id);
    expect(ours.length).toBe(1);
    expect(JSON.stringify(ours[0]!.data)).not.toContain("jane.roe"); // ids only
    const done = await waitForScan(analyst, started.json.scan.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", total: 3, scanned: 3 });
    expect(done.findings).toBeGreaterThanOrEqual(3);

    const findings = await call(datasetFindingsRoute.GET, { cookie: analyst, params: { id: dataset.id } });
    const types = findings.json.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(types).toEqual(expect.arrayContaining(["EMAIL_ADDRESS", "CREDIT_CARD", "aws-access-token"]));
    expect(findings.json.findings[0].severity).toBe("CRITICAL"); // most severe first: the cloud key
    expect(findings.text).not.toContain(awsKey);
    expect(findings.text).not.toContain("4111 1111 1111 1111");
    expect(findings.json.suggestedClassification).toBe("RESTRICTED");
    const rows = await db.finding.findMany({ where: { orgId: org.id }, select: { valueHash: true, fingerprint: true, occurrences: true } });
    expect(rows.every((r) => r.valueHash && r.valueHash.length === 16 && r.occurrences === 1)).toBe(true);

    // A second scan of the same samples adds occurrences to nothing new: same fingerprints, same offsets.
    const second = await call(datasetScansRoute.POST, { method: "POST", cookie: analyst, params: { id: dataset.id } });
    expect((await waitForScan(analyst, second.json.scan.id)).findings).toBe(0);
    expect(await db.finding.count({ where: { orgId: org.id } })).toBe(rows.length);
  });

  it("applies a batch once even when its job runs twice", async () => {
    const { org, dataset, admin } = await setup();
    await call(samplesRoute.POST, { method: "POST", cookie: admin, params: { id: dataset.id }, body: { samples } });
    const ids = (await db.datasetSample.findMany({ where: { datasetId: dataset.id }, select: { id: true } })).map((s) => s.id);
    const scan = await db.dlpScan.create({ data: { orgId: org.id, datasetId: dataset.id, total: 3, batches: 1, doneBatches: [] } });
    const payload = { orgId: org.id, scanId: scan.id, batch: 0, recordType: "dataset_sample" as const, recordIds: ids };
    const [a, b] = await Promise.all([runDlpScanBatch(payload), runDlpScanBatch(payload)]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
    await runDlpScanBatch(payload);
    const after = await db.dlpScan.findUniqueOrThrow({ where: { id: scan.id } });
    expect(after).toMatchObject({ status: "SUCCEEDED", scanned: 3, doneBatches: [0] });
    const occurrences = await db.findingOccurrence.count({ where: { orgId: org.id } });
    expect(after.findings).toBe(occurrences);
  });

  it("refuses writes without the scope, other orgs' datasets, empty datasets and oversized samples", async () => {
    const { dataset, admin, analyst, manager } = await setup();
    const other = await setup();
    expect((await call(samplesRoute.POST, { method: "POST", cookie: analyst, params: { id: dataset.id }, body: { samples } })).status).toBe(403);
    expect((await call(datasetScansRoute.POST, { method: "POST", cookie: manager, params: { id: dataset.id } })).status).toBe(403);
    expect((await call(samplesRoute.GET, { cookie: other.admin, params: { id: dataset.id } })).status).toBe(404);
    expect((await call(datasetScansRoute.POST, { method: "POST", cookie: other.admin, params: { id: dataset.id } })).status).toBe(404);
    expect((await call(datasetFindingsRoute.GET, { cookie: other.admin, params: { id: dataset.id } })).status).toBe(404);
    const empty = await call(datasetScansRoute.POST, { method: "POST", cookie: admin, params: { id: dataset.id } });
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/no samples/);
    const big = await call(samplesRoute.POST, { method: "POST", cookie: admin, params: { id: dataset.id }, body: { samples: [{ label: "x", content: "a".repeat(70_000) }] } });
    expect(big.status).toBe(400);
  });
});
