import { getCloudEventEndpoint } from "@/lib/events/endpoints";
import { getCloudEvent } from "@/lib/events/server/get-cloud-event";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getCloudEventEndpoint, async ({ ctx, params }) => ({ event: await getCloudEvent({ ctx, eventId: params.id }) }));
