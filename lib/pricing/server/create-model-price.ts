import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { ZCreateModelPriceRequest } from "../schemas";
import type { z } from "zod";
import { assertUniquePrice } from "./assert-unique-price";
import { dateOfDay, decimal, modelPriceSelect, toModelPriceDto } from "./model-price-dto";

type CreateModelPriceOptions = { ctx: Ctx } & z.output<typeof ZCreateModelPriceRequest>;

export const createModelPrice = async ({ ctx, provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom, note }: CreateModelPriceOptions) =>
  db.$transaction(async (tx) => {
    await assertUniquePrice(tx, ctx.orgId, { provider, model, effectiveFrom });
    const row = await tx.modelPrice.create({
      data: { orgId: ctx.orgId, provider, model, inputPerMTokUsd: decimal(inputPerMTokUsd), outputPerMTokUsd: decimal(outputPerMTokUsd), effectiveFrom: dateOfDay(effectiveFrom), note },
      select: modelPriceSelect,
    });
    await writeAudit(tx, ctx, {
      action: "model_price.created", resourceType: "model_price", resourceId: row.id,
      summary: { provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom },
    });
    return toModelPriceDto(row);
  });
