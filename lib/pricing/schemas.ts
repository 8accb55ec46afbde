import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";

/** model_prices.*_per_mtok_usd is numeric(12,6): at most 6 decimals, below a million dollars per million tokens. */
export const ZPerMTokUsd = z
  .number()
  .min(0)
  .max(999_999.999999)
  .refine((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-3, "at most 6 decimal places");
/** A gen_ai.provider.name value: openai, aws.bedrock, azure.ai.openai, mistral_ai, … */
export const ZProviderName = z.string().trim().toLowerCase().min(1).max(60).regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case letters, digits, dot, dash or underscore");
export const ZModelId = z.string().trim().toLowerCase().min(1).max(200).regex(/^[\x21-\x7e]+$/, "printable characters without spaces");
export const ZDay = z.iso.date();

export const ZCreateModelPriceRequest = z
  .object({
    provider: ZProviderName, model: ZModelId, inputPerMTokUsd: ZPerMTokUsd, outputPerMTokUsd: ZPerMTokUsd, effectiveFrom: ZDay,
    note: z.string().trim().max(300).default(""),
  })
  .strict();
export type TCreateModelPriceRequest = z.input<typeof ZCreateModelPriceRequest>;

export const ZUpdateModelPriceRequest = ZCreateModelPriceRequest.partial()
  .extend({ note: z.string().trim().max(300).optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "change at least one field");
export type TUpdateModelPriceRequest = z.input<typeof ZUpdateModelPriceRequest>;

export const ZModelPriceDto = z
  .object({
    /** null for built-in rows: they live in the catalog and can only be overridden. */
    id: ZId.nullable(),
    origin: z.enum(["builtin", "org"]),
    provider: z.string(),
    model: z.string(),
    inputPerMTokUsd: z.number(),
    outputPerMTokUsd: z.number(),
    effectiveFrom: ZDay,
    note: z.string(),
    /** Built-in rows: the organization has its own row for this provider and model. */
    overridden: z.boolean(),
    updatedAt: ZIsoDate.nullable(),
  })
  .strict();
export type TModelPriceDto = z.infer<typeof ZModelPriceDto>;

export const ZListModelPricesResponse = z.object({ prices: z.array(ZModelPriceDto), catalogCheckedOn: ZDay }).strict();
export const ZModelPriceResponse = z.object({ price: ZModelPriceDto }).strict();
