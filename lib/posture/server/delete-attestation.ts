import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { requestPostureRecompute } from "./request-posture-recompute";

export async function deleteAttestation({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    const row = await tx.postureAttestation.findFirst({ where: { id, orgId: ctx.orgId }, select: { id: true, controlId: true, app: { select: { name: true } } } });
    if (!row) throw notFound("Attestation");
    await tx.postureAttestation.delete({ where: { id: row.id } });
    await writeAudit(tx, ctx, { action: "posture.attestation_withdrawn", resourceType: "posture_attestation", resourceId: row.id, summary: { app: row.app.name, control: row.controlId } });
  });
  await requestPostureRecompute(ctx.orgId);
  return { ok: true };
}
