import { deleteSavedViewEndpoint } from "@/lib/findings/endpoints";
import { deleteSavedView } from "@/lib/findings/server/saved-views";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(deleteSavedViewEndpoint, ({ ctx, params }) => deleteSavedView({ ctx, id: params.id }));
