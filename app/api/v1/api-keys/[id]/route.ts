import { revokeApiKeyEndpoint } from "@/lib/api-keys/endpoints";
import { revokeApiKey } from "@/lib/api-keys/server/revoke-api-key";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(revokeApiKeyEndpoint, async ({ ctx, params }) => ({
  apiKey: await revokeApiKey({ ctx, apiKeyId: params.id }),
}));
