import { getSlaSettingsEndpoint, updateSlaSettingsEndpoint } from "@/lib/findings/endpoints";
import { getSlaSettings, updateSlaSettings } from "@/lib/findings/server/sla-settings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getSlaSettingsEndpoint, ({ ctx }) => getSlaSettings({ ctx }));
export const PUT = defineRoute(updateSlaSettingsEndpoint, ({ ctx, body }) => updateSlaSettings({ ctx, sla: body }));
