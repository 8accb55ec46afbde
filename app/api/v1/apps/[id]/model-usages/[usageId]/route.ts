import { removeModelUsageEndpoint } from "@/lib/apps/endpoints";
import { removeModelUsage } from "@/lib/apps/server/remove-model-usage";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(removeModelUsageEndpoint, async ({ ctx, params }) => {
  await removeModelUsage({ ctx, appId: params.id, usageId: params.usageId });
  return { ok: true as const };
});
