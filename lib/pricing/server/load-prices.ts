// The prices the ingestion worker turns usage into cost with: the built-in catalog plus the organization's rows.
import { db } from "@/lib/server/db";
import { BUILTIN_PRICES } from "../catalog";
import type { PriceRow } from "../types";
import { modelPriceSelect, toPriceRow } from "./model-price-dto";

export const builtinPriceRows = (): PriceRow[] => BUILTIN_PRICES.map((p) => ({ ...p, id: null, origin: "builtin" }));

/** Built-in rows followed by the org's overrides; pass the result to priceFor (lib/pricing/price.ts). */
export async function loadPrices(orgId: string): Promise<PriceRow[]> {
  const rows = await db.modelPrice.findMany({ where: { orgId }, orderBy: [{ provider: "asc" }, { model: "asc" }, { effectiveFrom: "asc" }], select: modelPriceSelect });
  return [...builtinPriceRows(), ...rows.map(toPriceRow)];
}
