import { createDatasetLinkEndpoint } from "@/lib/catalog/endpoints";
import { linkDatasetToApp } from "@/lib/catalog/server/link-dataset-to-app";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(createDatasetLinkEndpoint, async ({ ctx, params, body }) => ({
  link: await linkDatasetToApp({ ctx, datasetId: params.id, ...body }),
}));
