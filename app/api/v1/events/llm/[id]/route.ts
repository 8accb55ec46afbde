import { getLlmEventEndpoint } from "@/lib/events/endpoints";
import { getLlmEvent } from "@/lib/events/server/get-llm-event";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getLlmEventEndpoint, async ({ ctx, params }) => ({ event: await getLlmEvent({ ctx, eventId: params.id }) }));
