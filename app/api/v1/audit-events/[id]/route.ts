import { getAuditEventEndpoint } from "@/lib/audit/endpoints";
import { getAuditEvent } from "@/lib/audit/server/get-audit-event";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAuditEventEndpoint, async ({ ctx, params }) => ({ event: await getAuditEvent({ ctx, eventId: params.id }) }));
