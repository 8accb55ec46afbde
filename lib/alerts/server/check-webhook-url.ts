import { AppError } from "@/lib/server/errors";
import { checkOutboundDestination, OutboundError } from "@/lib/server/outbound";

/**
 * Refuses what can never be delivered safely: other schemes, credentials in the URL, plain http (unless
 * allow-listed) and hosts that are or resolve to internal addresses. A name that does not resolve right now
 * is accepted: every delivery checks the address again before it connects.
 */
export async function checkWebhookUrl(raw: string): Promise<void> {
  try {
    await checkOutboundDestination(raw);
  } catch (error) {
    if (error instanceof OutboundError && error.code === "dns_failed") return;
    if (error instanceof OutboundError) throw new AppError("VALIDATION_FAILED", `Webhook URL refused: ${error.message}`, { field: "url", reason: error.code });
    throw error;
  }
}
