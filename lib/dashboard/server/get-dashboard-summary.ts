import { db } from "@/lib/server/db";
import { dailySeries } from "../activity";

const DAYS = 14;

export const getDashboardSummary = async ({ orgId }: { orgId: string }) => {
  const since = new Date(Date.now() - DAYS * 86_400_000);
  const [members, activeKeys, perDay] = await Promise.all([
    db.membership.count({ where: { orgId } }),
    db.apiKey.count({ where: { orgId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } }),
    db.$queryRaw<{ day: string; count: bigint }[]>`
      SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*) AS count
      FROM audit_events WHERE org_id = ${orgId}::uuid AND created_at >= ${since}
      GROUP BY 1 ORDER BY 1`,
  ]);
  const activity = dailySeries(perDay.map((r) => ({ day: r.day, count: Number(r.count) })), DAYS);
  return { members, activeKeys, activity, changesLast14Days: activity.reduce((n, d) => n + d.count, 0) };
};
