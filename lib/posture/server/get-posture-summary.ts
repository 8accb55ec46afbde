import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import type { TPostureSummary } from "../schemas";
import { assemblePostureSummary } from "../summary";
import { emptyStatusCounts } from "../types";

/**
 * The dashboard document as JSON text: the one the last recompute stored (validated when it was written), served as
 * is, so a 1,000-app org costs one primary-key read. An org never recomputed gets it assembled from the tables.
 */
export async function readPostureSummaryJson(ctx: Ctx): Promise<string> {
  // On the pg pool: a few hundred KB of text through Prisma's query engine costs more than the query.
  const [stored] = await queryRows<{ body: string }>(Prisma.sql`SELECT body FROM posture_summaries WHERE org_id = ${ctx.orgId}::uuid`, "posture-summary");
  return stored?.body ?? JSON.stringify(await assembleFromTables(ctx.orgId));
}

export async function getPostureSummary(ctx: Ctx): Promise<TPostureSummary> {
  return JSON.parse(await readPostureSummaryJson(ctx)) as TPostureSummary;
}

async function assembleFromTables(orgId: string): Promise<TPostureSummary> {
  const [apps, snapshot] = await Promise.all([
    db.llmApp.findMany({ where: { orgId }, select: { id: true, name: true, criticality: true, lifecycle: true, postureScore: true } }),
    db.postureSnapshot.findFirst({ where: { orgId }, orderBy: { day: "desc" } }),
  ]);
  return assemblePostureSummary({
    apps: apps.map((a) => ({
      appId: a.id, name: a.name, criticality: a.criticality, lifecycle: a.lifecycle, score: a.postureScore?.score ?? null,
      families: (a.postureScore?.familyScores as Record<string, number | null> | undefined) ?? {}, failing: a.postureScore?.failing ?? [],
      needsAttestation: a.postureScore?.needsAttestation ?? 0, evaluatedAt: a.postureScore?.evaluatedAt.toISOString() ?? null,
    })),
    orgScore: snapshot?.orgScore ?? null,
    families: (snapshot?.familyScores as Record<string, number | null> | undefined) ?? {},
    statusCounts: { ...emptyStatusCounts(), ...((snapshot?.statusCounts as Record<string, number> | undefined) ?? {}) },
    generatedAt: snapshot?.takenAt ?? null,
  });
}
