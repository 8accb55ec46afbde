import { getGatewayOrgSettingsEndpoint, saveGatewayOrgSettingsEndpoint } from "@/lib/gateway/endpoints";
import { getGatewayOrgSettings, saveGatewayOrgSettings } from "@/lib/gateway/server/app-gateway-settings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getGatewayOrgSettingsEndpoint, ({ ctx }) => getGatewayOrgSettings({ ctx }));
export const PUT = defineRoute(saveGatewayOrgSettingsEndpoint, ({ ctx, body }) => saveGatewayOrgSettings({ ctx, storeContent: body.storeContent }));
