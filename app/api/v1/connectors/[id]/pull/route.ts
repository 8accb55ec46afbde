import { runPullEndpoint } from "@/lib/connectors/endpoints";
import { pullConnectorNow } from "@/lib/connectors/server/pull-connector-now";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(runPullEndpoint, async ({ ctx, params }) => ({ pull: await pullConnectorNow({ ctx, integrationId: params.id }) }));
