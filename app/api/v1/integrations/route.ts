import { createIntegrationEndpoint, listIntegrationsEndpoint } from "@/lib/integrations/endpoints";
import { createIntegration } from "@/lib/integrations/server/create-integration";
import { listIntegrations } from "@/lib/integrations/server/list-integrations";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listIntegrationsEndpoint, async ({ ctx, query }) => ({ integrations: await listIntegrations({ ctx, ...query }) }));
export const POST = defineRoute(createIntegrationEndpoint, async ({ ctx, body }) => ({ integration: await createIntegration({ ctx, input: body }) }));
