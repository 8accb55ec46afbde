import { spawn, type ChildProcess } from "node:child_process";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { db } from "@/lib/server/db";
import { createOrgWithMembers } from "../factories";
import { until } from "../helpers/until";
import { recordFigures } from "../security/figures";

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill("SIGKILL")));

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/ingest-worker.ts"], { env: { ...process.env, LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

const N = 12_000;
const line = (i: number) => JSON.stringify({
  eventTime: "2025-03-01T10:00:00Z", eventSource: "s3.amazonaws.com", eventName: "GetObject", recipientAccountId: "123456789012",
  userIdentity: { arn: `arn:aws:iam::123456789012:user/u${i % 50}` }, requestParameters: { bucketName: "b", key: `k/${i}` },
});

describe("ingestion survives a worker killed mid-file", () => {
  it("stores every event exactly once after SIGKILL and a restart", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const text = Array.from({ length: N }, (_, i) => (i % 1000 === 999 ? "{bad" : line(i))).join("\n");
    const rejectedExpected = Math.floor(N / 1000);
    const first = await startWorker();
    const file = await storeUpload({ orgId: org.id, source: "aws-cloudtrail", fileName: "big.jsonl", body: Readable.from([Buffer.from(text)]), via: "CLI" });

    // Kill it once some, but not all, batches are committed.
    const at = await until("a committed batch", async () => {
      const f = await db.ingestFile.findUniqueOrThrow({ where: { id: file.id } });
      return f.checkpoint > 0 && f.checkpoint < N ? f.checkpoint : null;
    }, { timeoutMs: 120_000, everyMs: 50 });
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const afterKill = await db.ingestFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(afterKill.status).toBe("PROCESSING");
    expect(afterKill.checkpoint).toBeGreaterThanOrEqual(at);
    expect(afterKill.checkpoint).toBeLessThan(N);

    await startWorker();
    const done = await until("the file to finish", async () => {
      const f = await db.ingestFile.findUniqueOrThrow({ where: { id: file.id } });
      return f.status === "DONE" || f.status === "FAILED" ? f : null;
    }, { timeoutMs: 120_000, everyMs: 50 });
    expect(done).toMatchObject({ status: "DONE", lines: N, stored: N - rejectedExpected, duplicates: 0, rejected: rejectedExpected, checkpoint: N });
    expect(await db.cloudEvent.count({ where: { orgId: org.id } })).toBe(N - rejectedExpected);
    expect(await db.ingestRejection.count({ where: { fileId: file.id } })).toBe(rejectedExpected);
    const stored = await db.cloudEvent.count({ where: { orgId: org.id } });
    const distinct = (await db.cloudEvent.groupBy({ by: ["eventHash"], where: { orgId: org.id } })).length;
    recordFigures("ingest-crash", { events: N, kills: 1, expected: N - rejectedExpected, stored, lost: N - rejectedExpected - distinct, duplicates: stored - distinct });
  }, 180_000);
});
