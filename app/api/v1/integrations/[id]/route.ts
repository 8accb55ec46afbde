import { deleteIntegrationEndpoint, getIntegrationEndpoint, updateIntegrationEndpoint } from "@/lib/integrations/endpoints";
import { deleteIntegration } from "@/lib/integrations/server/delete-integration";
import { getIntegration } from "@/lib/integrations/server/get-integration";
import { updateIntegration } from "@/lib/integrations/server/update-integration";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getIntegrationEndpoint, async ({ ctx, params }) => ({ integration: await getIntegration({ ctx, integrationId: params.id }) }));
export const PATCH = defineRoute(updateIntegrationEndpoint, async ({ ctx, params, body }) => ({
  integration: await updateIntegration({ ctx, integrationId: params.id, ...body }),
}));
export const DELETE = defineRoute(deleteIntegrationEndpoint, async ({ ctx, params }) => {
  await deleteIntegration({ ctx, integrationId: params.id });
  return { ok: true as const };
});
