import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { modelPriceSelect, toPriceRow } from "./model-price-dto";

export const deleteModelPrice = async ({ ctx, id }: { ctx: Ctx; id: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.modelPrice.findFirst({ where: { id, orgId: ctx.orgId }, select: modelPriceSelect });
    if (!current) throw notFound("Model price");
    await tx.modelPrice.delete({ where: { id, orgId: ctx.orgId } });
    const { provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom } = toPriceRow(current);
    await writeAudit(tx, ctx, { action: "model_price.deleted", resourceType: "model_price", resourceId: id, summary: { provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom } });
  });
