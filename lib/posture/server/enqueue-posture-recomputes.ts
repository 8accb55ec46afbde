import { db } from "@/lib/server/db";
import { enqueue } from "@/lib/queue/queues";

/** Daily sweep: one recompute per org that has apps, so every org gets its daily snapshot even when nothing changed. */
export async function enqueuePostureRecomputes() {
  const orgs = await db.llmApp.findMany({ distinct: ["orgId"], select: { orgId: true } });
  for (const { orgId } of orgs) await enqueue("posture-recompute", { orgId, trigger: "daily" });
  return { enqueued: orgs.length };
}
