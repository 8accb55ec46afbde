import { addDataStoreEndpoint } from "@/lib/apps/endpoints";
import { addDataStore } from "@/lib/apps/server/add-data-store";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(addDataStoreEndpoint, async ({ ctx, params, body }) => ({
  dataStore: await addDataStore({ ctx, appId: params.id, store: body }),
}));
