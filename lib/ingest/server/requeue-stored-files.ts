import { enqueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";

const GRACE_MS = 60_000;

/** Files stored and recorded but never queued (Redis was down at upload time) get their job now. Idempotent by job id. */
export async function requeueStoredIngestFiles() {
  const files = await db.ingestFile.findMany({ where: { status: "STORED", createdAt: { lt: new Date(Date.now() - GRACE_MS) } }, select: { id: true, orgId: true }, take: 500 });
  for (const f of files) await enqueue("ingest-file", { orgId: f.orgId, fileId: f.id });
  return { requeued: files.length };
}
