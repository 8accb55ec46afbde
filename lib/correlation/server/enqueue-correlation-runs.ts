import { enqueue } from "@/lib/queue/queues";
import { THRESHOLDS } from "../catalog";
import { DAY_MS } from "../types";
import { orgsWithRecentEvents } from "./orgs-with-recent-events";

/**
 * Maintenance sweep (every 15 minutes): one correlation-run job per org with events in the last 7 days (the longest
 * window, known-secret-in-traffic's), so an org keeps being correlated until its recent events age out.
 */
export async function enqueueCorrelationRuns(now: Date = new Date()) {
  const orgIds = await orgsWithRecentEvents(new Date(now.getTime() - THRESHOLDS.knownSecret.windowDays * DAY_MS));
  for (const orgId of orgIds) await enqueue("correlation-run", { orgId });
  return { enqueued: orgIds.length };
}
