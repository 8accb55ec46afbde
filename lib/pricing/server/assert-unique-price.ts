import type { DbTx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { dateOfDay } from "./model-price-dto";

/** One org price per provider, model and day (the table has no unique index, so the use cases check). */
export async function assertUniquePrice(tx: DbTx, orgId: string, key: { provider: string; model: string; effectiveFrom: string }, exceptId?: string) {
  const clash = await tx.modelPrice.findFirst({
    where: { orgId, provider: key.provider, model: key.model, effectiveFrom: dateOfDay(key.effectiveFrom), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", `There is already a price for ${key.provider} ${key.model} from ${key.effectiveFrom}; edit that one`);
}
