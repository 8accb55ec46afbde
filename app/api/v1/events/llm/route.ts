import { listLlmEventsEndpoint } from "@/lib/events/endpoints";
import { listLlmEvents } from "@/lib/events/server/list-llm-events";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listLlmEventsEndpoint, ({ ctx, query }) => listLlmEvents({ ctx, query }));
