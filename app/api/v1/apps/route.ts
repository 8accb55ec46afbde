import { createAppEndpoint, listAppsEndpoint } from "@/lib/apps/endpoints";
import { createApp } from "@/lib/apps/server/create-app";
import { listApps } from "@/lib/apps/server/list-apps";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listAppsEndpoint, ({ ctx, query }) => listApps({ ctx, query }));
export const POST = defineRoute(createAppEndpoint, async ({ ctx, body }) => ({ app: await createApp({ ctx, ...body }) }));
