import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import type { TPostureSummary } from "../schemas";
import { assemblePostureSummary } from "../summary";
import { emptyStatusCounts } from "../types";

export type PostureDocument = { kind: "not-modified"; etag: string } | { kind: "document"; etag: string | null; body: string };

// The last document served per org (bounded): a repeat request whose stored document has not changed since is
// answered from memory, after a primary-key read of its ETag only.
const recent = new Map<string, { etag: string; body: string }>();
const RECENT_MAX = 100;

/**
 * The dashboard document as the last recompute stored it (validated when it was written), served as is, so a
 * 1,000-app org costs one primary-key read, and nothing at all when the client's ETag is still current. An org
 * never recomputed gets it assembled from the tables.
 */
export async function readPostureDocument(ctx: Ctx, { ifNoneMatch }: { ifNoneMatch: string | null }): Promise<PostureDocument> {
  const cached = recent.get(ctx.orgId);
  // On the pg pool: a few hundred KB of text through Prisma's query engine costs more than the query. The body is
  // read only when neither the client's copy nor ours is current.
  const [stored] = await queryRows<{ etag: string; body: string | null }>(Prisma.sql`
    SELECT etag, CASE WHEN etag IS DISTINCT FROM ${ifNoneMatch} AND etag IS DISTINCT FROM ${cached?.etag ?? null} THEN body END AS body
    FROM (SELECT body, 'W/"' || (extract(epoch FROM generated_at) * 1000)::bigint || '"' AS etag FROM posture_summaries WHERE org_id = ${ctx.orgId}::uuid) s`, "posture-document");
  if (!stored) return { kind: "document", etag: null, body: JSON.stringify(await assembleFromTables(ctx.orgId)) };
  if (stored.etag === ifNoneMatch) return { kind: "not-modified", etag: stored.etag };
  if (stored.body === null && cached?.etag === stored.etag) return { kind: "document", etag: stored.etag, body: cached.body };
  const body = stored.body ?? "";
  recent.delete(ctx.orgId);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(ctx.orgId, { etag: stored.etag, body });
  return { kind: "document", etag: stored.etag, body };
}

export async function getPostureSummary(ctx: Ctx): Promise<TPostureSummary> {
  // Without a client ETag the answer is always the document.
  const doc = await readPostureDocument(ctx, { ifNoneMatch: null });
  return JSON.parse(doc.kind === "document" ? doc.body : "null") as TPostureSummary;
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
