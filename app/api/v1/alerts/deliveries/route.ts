import { listAlertDeliveriesEndpoint } from "@/lib/alerts/endpoints";
import { listAlertDeliveries } from "@/lib/alerts/server/list-alert-deliveries";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listAlertDeliveriesEndpoint, async ({ ctx, query }) => ({ deliveries: await listAlertDeliveries({ ctx, query }) }));
