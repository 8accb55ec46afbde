import { AppError } from "@/lib/server/errors";
import { toProviderError } from "./provider-error";

/** For request-time calls (authorize): a provider problem becomes a 503 or a 400 with a safe message. */
export function providerAppError(error: unknown): AppError {
  const e = toProviderError(error);
  return new AppError(e.kind === "unavailable" ? "UNAVAILABLE" : "BAD_REQUEST", `OAuth provider: ${e.message}`);
}
