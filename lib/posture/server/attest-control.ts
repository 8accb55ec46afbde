import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { CONTROLS_BY_ID } from "../controls";
import type { TAttestation, TAttestRequest } from "../schemas";
import { attestationSelect, toAttestation } from "./attestation-dto";
import { requestPostureRecompute } from "./request-posture-recompute";

/** Records (or replaces) an admin's attestation of a manual control for an app, then queues a recompute. */
export async function attestControl({ ctx, input }: { ctx: Ctx; input: TAttestRequest }): Promise<TAttestation> {
  const control = CONTROLS_BY_ID.get(input.controlId);
  if (!control) throw new AppError("VALIDATION_FAILED", `Unknown control ${input.controlId}`);
  if (control.evaluation.type !== "manual") throw new AppError("VALIDATION_FAILED", `${control.id} is evaluated automatically from evidence; only manual controls take attestations`);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + (input.validDays ?? control.evaluation.validDays) * 86_400_000);
  const attestedById = ctx.principal.kind === "user" ? ctx.principal.userId : null;
  const saved = await db.$transaction(async (tx) => {
    const app = await tx.llmApp.findFirst({ where: { id: input.appId, orgId: ctx.orgId }, select: { id: true, name: true } });
    if (!app) throw notFound("App");
    const data = { status: input.status, evidence: input.evidence, evidenceUrl: input.evidenceUrl ?? null, expiresAt, attestedById, createdAt: now };
    const row = await tx.postureAttestation.upsert({
      where: { appId_controlId: { appId: app.id, controlId: control.id } },
      create: { orgId: ctx.orgId, appId: app.id, controlId: control.id, ...data },
      update: data,
      select: attestationSelect,
    });
    await writeAudit(tx, ctx, {
      action: "posture.attested", resourceType: "posture_attestation", resourceId: row.id,
      summary: { app: app.name, control: control.id, status: input.status, expiresAt: expiresAt.toISOString() },
    });
    return row;
  });
  await requestPostureRecompute(ctx.orgId);
  return toAttestation(saved, now);
}
