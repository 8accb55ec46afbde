import { db } from "@/lib/server/db";

/** Orgs with LLM or cloud events timed since `since` (the rules window by event time; (org_id, time) is indexed). */
export async function orgsWithRecentEvents(since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id::text AS id FROM organizations o
    WHERE EXISTS (SELECT 1 FROM llm_events e WHERE e.org_id = o.id AND e.time >= ${since})
       OR EXISTS (SELECT 1 FROM cloud_events c WHERE c.org_id = o.id AND c.time >= ${since})
    ORDER BY o.id`;
  return rows.map((r) => r.id);
}
