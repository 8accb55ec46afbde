import { listAuditEventsEndpoint } from "@/lib/audit/endpoints";
import { listAuditEvents } from "@/lib/audit/server/list-audit-events";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listAuditEventsEndpoint, ({ ctx, query }) => listAuditEvents({ ctx, query }));
