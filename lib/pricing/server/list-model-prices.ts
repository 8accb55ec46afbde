import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { CATALOG_CHECKED_ON } from "../catalog";
import type { TModelPriceDto } from "../schemas";
import { builtinPriceRows } from "./load-prices";
import { modelPriceSelect, toModelPriceDto } from "./model-price-dto";

const keyOf = (p: { provider: string; model: string }) => `${p.provider}\u0000${p.model.toLowerCase()}`;

/** The catalog and the org's rows, sorted by provider, model and date; built-in rows say whether the org overrides them. */
export const listModelPrices = async ({ ctx }: { ctx: Ctx }) => {
  const rows = await db.modelPrice.findMany({ where: { orgId: ctx.orgId }, orderBy: [{ provider: "asc" }, { model: "asc" }, { effectiveFrom: "asc" }], take: 5_000, select: modelPriceSelect });
  const org = rows.map(toModelPriceDto);
  const overridden = new Set(org.map(keyOf));
  const builtin: TModelPriceDto[] = builtinPriceRows().map((p) => ({ ...p, overridden: overridden.has(keyOf(p)), updatedAt: null }));
  const prices = [...builtin, ...org].sort((a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model) || a.effectiveFrom.localeCompare(b.effectiveFrom) || a.origin.localeCompare(b.origin));
  return { prices, catalogCheckedOn: CATALOG_CHECKED_ON };
};
