import { deleteAppEndpoint, getAppEndpoint, updateAppEndpoint } from "@/lib/apps/endpoints";
import { deleteApp } from "@/lib/apps/server/delete-app";
import { getApp } from "@/lib/apps/server/get-app";
import { updateApp } from "@/lib/apps/server/update-app";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAppEndpoint, async ({ ctx, params }) => ({ app: await getApp({ ctx, appId: params.id }) }));
export const PATCH = defineRoute(updateAppEndpoint, async ({ ctx, params, body }) => ({
  app: await updateApp({ ctx, appId: params.id, patch: body }),
}));
export const DELETE = defineRoute(deleteAppEndpoint, async ({ ctx, params }) => {
  await deleteApp({ ctx, appId: params.id });
  return { ok: true as const };
});
