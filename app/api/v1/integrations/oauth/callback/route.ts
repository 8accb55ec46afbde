import { oauthCallbackEndpoint } from "@/lib/oauth/endpoints";
import { completeOAuthCallback } from "@/lib/oauth/server/complete-oauth-callback";
import { seeOther } from "@/lib/oauth/server/see-other";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(oauthCallbackEndpoint, async ({ ctx, query }) => seeOther(await completeOAuthCallback({ ctx, query })));
