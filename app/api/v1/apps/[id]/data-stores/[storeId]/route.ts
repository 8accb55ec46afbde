import { removeDataStoreEndpoint } from "@/lib/apps/endpoints";
import { removeDataStore } from "@/lib/apps/server/remove-data-store";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(removeDataStoreEndpoint, async ({ ctx, params }) => {
  await removeDataStore({ ctx, appId: params.id, storeId: params.storeId });
  return { ok: true as const };
});
