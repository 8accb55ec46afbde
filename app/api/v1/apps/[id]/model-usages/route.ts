import { addModelUsageEndpoint } from "@/lib/apps/endpoints";
import { addModelUsage } from "@/lib/apps/server/add-model-usage";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(addModelUsageEndpoint, async ({ ctx, params, body }) => ({
  modelUsage: await addModelUsage({ ctx, appId: params.id, usage: body }),
}));
