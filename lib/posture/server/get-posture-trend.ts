import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TPostureTrend } from "../schemas";
import { emptyStatusCounts } from "../types";

/** Daily snapshots, oldest first. SLA compliance = active findings within their SLA / active findings. */
export async function getPostureTrend({ ctx, days }: { ctx: Ctx; days: number }): Promise<TPostureTrend> {
  const rows = await db.postureSnapshot.findMany({
    where: { orgId: ctx.orgId, day: { gte: new Date(Date.now() - days * 86_400_000) } },
    orderBy: { day: "asc" },
  });
  return {
    points: rows.map((r) => {
      const active = (r.activeFindings ?? {}) as Record<string, number>;
      const total = Object.values(active).reduce((s, n) => s + n, 0);
      return {
        day: r.day.toISOString().slice(0, 10), orgScore: r.orgScore, families: r.familyScores as Record<string, number | null>,
        statusCounts: { ...emptyStatusCounts(), ...(r.statusCounts as Record<string, number>) }, activeFindings: active, overdueFindings: r.overdueFindings,
        slaCompliance: total > 0 ? Math.round((1000 * (total - r.overdueFindings)) / total) / 10 : null,
      };
    }),
  };
}
