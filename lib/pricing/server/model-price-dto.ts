import type { Prisma } from "@/lib/generated/prisma/client";
import type { TModelPriceDto } from "../schemas";
import type { PriceRow } from "../types";

export const modelPriceSelect = {
  id: true, provider: true, model: true, inputPerMTokUsd: true, outputPerMTokUsd: true, effectiveFrom: true, note: true, updatedAt: true,
} satisfies Prisma.ModelPriceSelect;

export type ModelPriceRecord = Prisma.ModelPriceGetPayload<{ select: typeof modelPriceSelect }>;

export const dayOf = (d: Date) => d.toISOString().slice(0, 10);
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
/** numeric(12,6) as the exact decimal string Prisma writes. */
export const decimal = (v: number) => v.toFixed(6);

export const toPriceRow = (r: ModelPriceRecord): PriceRow => ({
  id: r.id, origin: "org", provider: r.provider, model: r.model,
  inputPerMTokUsd: Number(r.inputPerMTokUsd.toString()), outputPerMTokUsd: Number(r.outputPerMTokUsd.toString()),
  effectiveFrom: dayOf(r.effectiveFrom), note: r.note,
});

export const toModelPriceDto = (r: ModelPriceRecord): TModelPriceDto => ({ ...toPriceRow(r), overridden: false, updatedAt: r.updatedAt.toISOString() });
