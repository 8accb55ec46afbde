import { listCloudEventsEndpoint } from "@/lib/events/endpoints";
import { listCloudEvents } from "@/lib/events/server/list-cloud-events";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listCloudEventsEndpoint, ({ ctx, query }) => listCloudEvents({ ctx, query }));
