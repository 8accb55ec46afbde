import { enqueue } from "@/lib/queue/queues";
import { listDuePulls } from "./list-due-pulls";

/** Scheduled sweep: one connector-pull job per due integration (ids only). */
export async function enqueueDuePulls() {
  const due = await listDuePulls();
  for (const p of due) await enqueue("connector-pull", p);
  return { enqueued: due.length };
}
