import { QUEUES } from "@/lib/queue/contracts";
import { enqueue, getQueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";

const GRACE_MS = 60_000;

/**
 * Gives a job to every file that may have none: STORED files never queued (Redis was down at upload time), and
 * PROCESSING files whose job Redis lost (restarted without persistence while their worker was gone). Enqueueing
 * is idempotent by job id, so a file whose job still exists (waiting, active, retrying) is left as it is, and a
 * run that does start again resumes from the file's checkpoint.
 */
export async function requeueStoredIngestFiles({ olderThanMs = GRACE_MS }: { olderThanMs?: number } = {}) {
  const before = new Date(Date.now() - olderThanMs);
  const files = await db.ingestFile.findMany({
    where: { OR: [{ status: "STORED", createdAt: { lt: before } }, { status: "PROCESSING", startedAt: { lt: before } }] },
    select: { id: true, orgId: true }, orderBy: { createdAt: "asc" }, take: 500,
  });
  let retried = 0;
  for (const f of files) {
    const payload = { orgId: f.orgId, fileId: f.id };
    const job = await getQueue("ingest-file").getJob(QUEUES["ingest-file"].jobId(payload));
    // A failed job whose file is not FAILED ran out of retries while the database was down, so its final-failure
    // handler could not record it either. The database answers again (this sweep read it): process the file again.
    if (job && (await job.isFailed())) {
      await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
      retried++;
    } else {
      await enqueue("ingest-file", payload);
    }
  }
  return { requeued: files.length, retried };
}
