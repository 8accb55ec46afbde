// One change (status, assignee, severity) to one finding inside the caller's transaction: checks the lifecycle,
// writes the row, one activity entry per changed field and the audit event. Shared by the single and bulk updates.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import type { DbTx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { actorLabel, type Ctx } from "@/lib/server/principal";
import type { FindingStatus, Severity } from "../constants";
import { canTransition, riskAcceptanceProblem } from "../lifecycle";
import type { TFindingChange } from "../schemas";

export const currentFindingSelect = {
  id: true, status: true, severity: true, assigneeId: true, title: true, assignee: { select: { email: true } },
} as const;
export type CurrentFinding = Prisma.FindingGetPayload<{ select: typeof currentFindingSelect }>;
export type Assignee = { id: string; email: string } | null;

/** The assignee named by a change, checked to be a member of the org (undefined: no assignee change). */
export async function resolveAssignee(tx: DbTx, orgId: string, assigneeId: string | null | undefined): Promise<Assignee | undefined> {
  if (assigneeId === undefined) return undefined;
  if (assigneeId === null) return null;
  const member = await tx.membership.findFirst({ where: { orgId, userId: assigneeId, user: { disabledAt: null } }, select: { user: { select: { id: true, email: true } } } });
  if (!member) throw new AppError("VALIDATION_FAILED", "assigneeId: not an active member of this organization");
  return member.user;
}

type Activity = { kind: string; field: string; fromValue: string | null; toValue: string | null; note: string | null };

/** Returns false when the change changes nothing. Throws a VALIDATION_FAILED AppError when it is not allowed. */
export async function applyFindingChange(tx: DbTx, ctx: Ctx, current: CurrentFinding, change: TFindingChange, assignee: Assignee | undefined): Promise<boolean> {
  const now = new Date();
  const data: Prisma.FindingUpdateInput = {};
  const activity: Activity[] = [];
  const note = change.note?.trim() || null;
  const userId = ctx.principal.kind === "user" ? ctx.principal.userId : null;

  if (change.status !== undefined && change.status !== current.status) {
    const to: FindingStatus = change.status;
    if (!canTransition(current.status, to)) throw new AppError("VALIDATION_FAILED", `status: a ${current.status.toLowerCase()} finding cannot move to ${to.toLowerCase()}`);
    if (to === "RISK_ACCEPTED") {
      const until = change.riskAcceptedUntil ? new Date(change.riskAcceptedUntil) : undefined;
      const problem = riskAcceptanceProblem({ justification: change.riskJustification, until }, now);
      if (problem) throw new AppError("VALIDATION_FAILED", problem);
      Object.assign(data, { riskAcceptedUntil: until, riskJustification: change.riskJustification!.trim(), riskApprover: userId ? { connect: { id: userId } } : { disconnect: true } });
    } else if (current.status === "RISK_ACCEPTED") {
      Object.assign(data, { riskAcceptedUntil: null, riskJustification: null, riskApprover: { disconnect: true } });
    }
    data.status = to;
    activity.push({ kind: to === "RISK_ACCEPTED" ? "risk_accepted" : "status", field: "status", fromValue: current.status, toValue: to, note: to === "RISK_ACCEPTED" ? `${change.riskJustification!.trim()} (until ${change.riskAcceptedUntil})` : note });
  }
  if (assignee !== undefined && (assignee?.id ?? null) !== current.assigneeId) {
    data.assignee = assignee ? { connect: { id: assignee.id } } : { disconnect: true };
    activity.push({ kind: "assignee", field: "assignee", fromValue: current.assignee?.email ?? null, toValue: assignee?.email ?? null, note });
  }
  if (change.severity !== undefined && change.severity !== current.severity) {
    const to: Severity = change.severity;
    data.severity = to;
    activity.push({ kind: "severity", field: "severity", fromValue: current.severity, toValue: to, note });
  }
  if (activity.length === 0) return false;

  await tx.finding.update({ where: { id: current.id, orgId: ctx.orgId }, data });
  const actor = actorLabel(ctx.principal).slice(0, 300);
  // One change's rows a millisecond apart, in the order above: the history sorts by time and they would tie.
  const at = Date.now();
  await tx.findingActivity.createMany({ data: activity.map((a, i) => ({ orgId: ctx.orgId, findingId: current.id, actorId: userId, actor, ...a, createdAt: new Date(at + i) })) });
  await writeAudit(tx, ctx, {
    action: "finding.updated", resourceType: "finding", resourceId: current.id,
    summary: Object.fromEntries(activity.map((a) => [a.field, { from: a.fromValue, to: a.toValue }])),
  });
  return true;
}
