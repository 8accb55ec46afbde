import { enqueue } from "@/lib/queue/queues";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** "Recompute now": queued, not awaited (1,000 apps take seconds). */
export async function queueRecomputeNow(ctx: Ctx): Promise<{ queued: true }> {
  try {
    await enqueue("posture-recompute", { orgId: ctx.orgId, trigger: "manual" });
  } catch {
    throw new AppError("UNAVAILABLE", "The job queue is not reachable; try again shortly");
  }
  return { queued: true };
}
