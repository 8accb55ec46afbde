import { deliverPendingAlerts } from "./deliver-pending-alerts";
import { queueAlertDeliveries } from "./queue-alert-deliveries";

/**
 * The scheduled alerts job (every minute): queue one delivery per new finding and per SLA breach for every
 * enabled webhook, then send what is due, retrying failures with backoff. `now` is the sweep's clock.
 */
export async function sweepAlerts({ now = new Date() }: { now?: Date } = {}) {
  const queued = await queueAlertDeliveries(now);
  const sent = await deliverPendingAlerts(now);
  return { queued, ...sent };
}
