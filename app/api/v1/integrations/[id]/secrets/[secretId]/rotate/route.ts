import { rotateIntegrationSecretEndpoint } from "@/lib/integrations/endpoints";
import { rotateIntegrationSecret } from "@/lib/integrations/server/rotate-integration-secret";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(rotateIntegrationSecretEndpoint, async ({ ctx, params, body }) => ({
  secret: await rotateIntegrationSecret({ ctx, integrationId: params.id, secretId: params.secretId, value: body.value }),
}));
