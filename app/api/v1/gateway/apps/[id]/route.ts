import { getGatewayAppSettingsEndpoint, saveGatewayAppSettingsEndpoint } from "@/lib/gateway/endpoints";
import { getAppGatewaySettings, saveAppGatewaySettings } from "@/lib/gateway/server/app-gateway-settings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getGatewayAppSettingsEndpoint, ({ ctx, params }) => getAppGatewaySettings({ ctx, appId: params.id }));
export const PUT = defineRoute(saveGatewayAppSettingsEndpoint, ({ ctx, params, body }) => saveAppGatewaySettings({ ctx, appId: params.id, settings: body }));
