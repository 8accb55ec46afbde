// Who runs an import: a signed-in user or API key (a request Ctx), or the CLI on the server itself (no principal).
import { writeAudit, writeSystemAudit, type AuditEntry } from "@/lib/server/audit";
import type { DbTx } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";

/** The CLI acts for an org without a user behind it: audited as `system:<name>`. */
export type SystemActor = { orgId: string; system: string };
export type ImportCtx = Ctx | SystemActor;

const isSystem = (ctx: ImportCtx): ctx is SystemActor => "system" in ctx;

export const createdByOf = (ctx: ImportCtx) => (!isSystem(ctx) && ctx.principal.kind === "user" ? ctx.principal.userId : null);

export const auditImport = (tx: DbTx, ctx: ImportCtx, entry: AuditEntry) =>
  isSystem(ctx) ? writeSystemAudit(tx, ctx.orgId, ctx.system, entry) : writeAudit(tx, ctx, entry);
