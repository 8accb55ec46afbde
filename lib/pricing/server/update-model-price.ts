import type { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { ZUpdateModelPriceRequest } from "../schemas";
import { assertUniquePrice } from "./assert-unique-price";
import { dateOfDay, decimal, modelPriceSelect, toModelPriceDto, toPriceRow } from "./model-price-dto";

type UpdateModelPriceOptions = { ctx: Ctx; id: string; changes: z.output<typeof ZUpdateModelPriceRequest> };

export const updateModelPrice = async ({ ctx, id, changes }: UpdateModelPriceOptions) =>
  db.$transaction(async (tx) => {
    const current = await tx.modelPrice.findFirst({ where: { id, orgId: ctx.orgId }, select: modelPriceSelect });
    if (!current) throw notFound("Model price");
    const before = toPriceRow(current);
    const after = { ...before, ...changes };
    if (after.provider !== before.provider || after.model !== before.model || after.effectiveFrom !== before.effectiveFrom) await assertUniquePrice(tx, ctx.orgId, after, id);
    const row = await tx.modelPrice.update({
      where: { id, orgId: ctx.orgId },
      data: {
        provider: changes.provider, model: changes.model, note: changes.note,
        inputPerMTokUsd: changes.inputPerMTokUsd === undefined ? undefined : decimal(changes.inputPerMTokUsd),
        outputPerMTokUsd: changes.outputPerMTokUsd === undefined ? undefined : decimal(changes.outputPerMTokUsd),
        effectiveFrom: changes.effectiveFrom === undefined ? undefined : dateOfDay(changes.effectiveFrom),
      },
      select: modelPriceSelect,
    });
    const pick = ({ provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom }: typeof before) => ({ provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom });
    await writeAudit(tx, ctx, { action: "model_price.updated", resourceType: "model_price", resourceId: id, summary: { before: pick(before), after: pick(after) } });
    return toModelPriceDto(row);
  });
