import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TDatasetDetailResponse } from "../schemas";
import { datasetDataStoreSelect, datasetLinkSelect, datasetSelect, toDatasetDataStoreDto, toDatasetDto, toDatasetLinkDto } from "./dataset-dto";

/** The dataset with the apps that read it: explicit links and app data stores that hold it. */
export const getDataset = async ({ ctx, datasetId }: { ctx: Ctx; datasetId: string }): Promise<TDatasetDetailResponse> => {
  const row = await db.dataset.findFirst({
    where: { id: datasetId, orgId: ctx.orgId },
    select: {
      ...datasetSelect,
      appLinks: { where: { orgId: ctx.orgId }, select: datasetLinkSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      appDataStores: { where: { orgId: ctx.orgId }, select: datasetDataStoreSelect, orderBy: [{ name: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) throw notFound("Dataset");
  return {
    dataset: toDatasetDto(row),
    links: row.appLinks.map(toDatasetLinkDto),
    dataStores: row.appDataStores.map(toDatasetDataStoreDto),
  };
};
