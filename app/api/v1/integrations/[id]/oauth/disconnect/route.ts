import { disconnectOAuthEndpoint } from "@/lib/oauth/endpoints";
import { disconnectOAuth } from "@/lib/oauth/server/disconnect-oauth";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(disconnectOAuthEndpoint, async ({ ctx, params }) => ({
  connection: await disconnectOAuth({ ctx, integrationId: params.id }),
}));
