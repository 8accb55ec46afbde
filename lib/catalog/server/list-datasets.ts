import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TListDatasetsQuery } from "../schemas";
import { datasetSelect, toDatasetDto } from "./dataset-dto";

type ListDatasetsOptions = { ctx: Ctx; filters: TListDatasetsQuery };

export const listDatasets = async ({ ctx, filters }: ListDatasetsOptions) => {
  const q = filters.q || undefined;
  const where: Prisma.DatasetWhereInput = {
    orgId: ctx.orgId,
    ...(filters.classification ? { classification: filters.classification } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
    ...(filters.category ? { categories: { has: filters.category } } : {}),
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { owner: { contains: q, mode: "insensitive" } }, { locationUri: { contains: q, mode: "insensitive" } }] }
      : {}),
  };
  const rows = await db.dataset.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: datasetSelect, take: 1000 });
  return rows.map(toDatasetDto);
};
