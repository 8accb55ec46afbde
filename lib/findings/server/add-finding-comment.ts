import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { actorLabel, type Ctx } from "@/lib/server/principal";

export const addFindingComment = async ({ ctx, id, body }: { ctx: Ctx; id: string; body: string }) =>
  db.$transaction(async (tx) => {
    const finding = await tx.finding.findFirst({ where: { id, orgId: ctx.orgId }, select: { id: true } });
    if (!finding) throw notFound("Finding");
    const author = actorLabel(ctx.principal).slice(0, 300);
    const comment = await tx.findingComment.create({
      data: { orgId: ctx.orgId, findingId: id, authorId: ctx.principal.kind === "user" ? ctx.principal.userId : null, author, body },
      select: { id: true, author: true, body: true, createdAt: true },
    });
    await writeAudit(tx, ctx, { action: "finding.commented", resourceType: "finding", resourceId: id, summary: { length: body.length } });
    return { comment: { id: comment.id, author: comment.author, body: comment.body, at: comment.createdAt.toISOString() } };
  });
