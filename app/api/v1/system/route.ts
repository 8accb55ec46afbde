import { defineRoute } from "@/lib/server/route";
import { getSystemStatusEndpoint } from "@/lib/system/endpoints";
import { getSystemStatus } from "@/lib/system/server/get-system-status";

export const GET = defineRoute(getSystemStatusEndpoint, ({ ctx }) => getSystemStatus({ orgId: ctx.orgId }));
