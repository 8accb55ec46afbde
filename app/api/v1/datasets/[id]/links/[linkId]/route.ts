import { deleteDatasetLinkEndpoint } from "@/lib/catalog/endpoints";
import { unlinkDatasetFromApp } from "@/lib/catalog/server/unlink-dataset-from-app";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(deleteDatasetLinkEndpoint, async ({ ctx, params }) => {
  await unlinkDatasetFromApp({ ctx, datasetId: params.id, linkId: params.linkId });
  return { ok: true as const };
});
