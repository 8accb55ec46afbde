import { getOAuthConnectionEndpoint } from "@/lib/oauth/endpoints";
import { getOAuthConnection } from "@/lib/oauth/server/get-oauth-connection";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getOAuthConnectionEndpoint, async ({ ctx, params }) => ({
  connection: await getOAuthConnection({ ctx, integrationId: params.id }),
}));
