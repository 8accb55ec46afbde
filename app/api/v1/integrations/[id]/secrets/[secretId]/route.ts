import { updateSecretPolicyEndpoint } from "@/lib/integrations/endpoints";
import { updateSecretPolicy } from "@/lib/integrations/server/update-secret-policy";
import { defineRoute } from "@/lib/server/route";

export const PATCH = defineRoute(updateSecretPolicyEndpoint, async ({ ctx, params, body }) => ({
  secret: await updateSecretPolicy({ ctx, integrationId: params.id, secretId: params.secretId, rotationDays: body.rotationDays }),
}));
