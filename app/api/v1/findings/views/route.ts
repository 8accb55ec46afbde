import { createSavedViewEndpoint, listSavedViewsEndpoint } from "@/lib/findings/endpoints";
import { createSavedView, listSavedViews } from "@/lib/findings/server/saved-views";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listSavedViewsEndpoint, ({ ctx }) => listSavedViews({ ctx }));
export const POST = defineRoute(createSavedViewEndpoint, ({ ctx, body }) => createSavedView({ ctx, ...body }));
