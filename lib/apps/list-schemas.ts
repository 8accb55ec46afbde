import { z } from "zod";
import { ZId } from "@/lib/api/common";
import { ZAppSummary, ZExposure, ZLifecycle, ZProvider } from "./schemas";

export const APP_SORTS = ["name", "updatedAt", "criticality"] as const;
export type AppSort = (typeof APP_SORTS)[number];
export type SortOrder = "asc" | "desc";

/** The direction a column sorts in when the caller names no order. */
export const DEFAULT_ORDER: Record<AppSort, SortOrder> = { name: "asc", updatedAt: "desc", criticality: "desc" };

export const ZListAppsQuery = z
  .object({
    q: z.string().trim().max(120).optional(),
    owner: ZId.optional(),
    lifecycle: ZLifecycle.optional(),
    provider: ZProvider.optional(),
    exposure: ZExposure.optional(),
    sort: z.enum(APP_SORTS).default("name"),
    order: z.enum(["asc", "desc"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    /** Opaque keyset cursor from a previous page's `nextCursor`. */
    cursor: z.string().max(1000).regex(/^[A-Za-z0-9_-]+$/, "a cursor from nextCursor").optional(),
    /** 1-based page number (offset pagination), an alternative to `cursor`. */
    page: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict()
  .refine((v) => !(v.cursor && v.page), { message: "Use either cursor or page, not both", path: ["cursor"] });
export type TListAppsQuery = z.output<typeof ZListAppsQuery>;
export type TListAppsQueryInput = z.input<typeof ZListAppsQuery>;

export const ZListAppsResponse = z
  .object({
    apps: z.array(ZAppSummary),
    /** Apps matching the filters, across all pages. */
    total: z.number().int(),
    limit: z.number().int(),
    page: z.number().int().nullable(),
    nextCursor: z.string().nullable(),
  })
  .strict();
export type TListAppsResponse = z.infer<typeof ZListAppsResponse>;
