import { startOAuthEndpoint } from "@/lib/oauth/endpoints";
import { startOAuthAuthorization } from "@/lib/oauth/server/start-oauth-authorization";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(startOAuthEndpoint, ({ ctx, params }) => startOAuthAuthorization({ ctx, integrationId: params.id }));
