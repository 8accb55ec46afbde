import { listEventFacetsEndpoint } from "@/lib/events/endpoints";
import { listEventFacets } from "@/lib/events/server/list-event-facets";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listEventFacetsEndpoint, ({ ctx, query }) => listEventFacets({ ctx, query }));
