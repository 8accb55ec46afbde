import { deleteDatasetEndpoint, getDatasetEndpoint, updateDatasetEndpoint } from "@/lib/catalog/endpoints";
import { deleteDataset } from "@/lib/catalog/server/delete-dataset";
import { getDataset } from "@/lib/catalog/server/get-dataset";
import { updateDataset } from "@/lib/catalog/server/update-dataset";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getDatasetEndpoint, ({ ctx, params }) => getDataset({ ctx, datasetId: params.id }));
export const PATCH = defineRoute(updateDatasetEndpoint, async ({ ctx, params, body }) => ({
  dataset: await updateDataset({ ctx, datasetId: params.id, changes: body }),
}));
export const DELETE = defineRoute(deleteDatasetEndpoint, async ({ ctx, params }) => {
  await deleteDataset({ ctx, datasetId: params.id });
  return { ok: true as const };
});
