import { switchOrgEndpoint } from "@/lib/orgs/endpoints";
import { switchOrg } from "@/lib/orgs/server/switch-org";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(switchOrgEndpoint, async ({ ctx, body }) => {
  await switchOrg({ principal: ctx.principal, orgId: body.orgId });
  return { ok: true as const };
});
