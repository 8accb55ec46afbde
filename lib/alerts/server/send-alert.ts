import { OutboundError, outboundFetch } from "@/lib/server/outbound";
import { DELIVERY_MAX_REDIRECTS, DELIVERY_TIMEOUT_MS } from "../constants";
import type { AlertRequest } from "../payload";

export type SendOutcome = { ok: boolean; httpStatus: number | null; error: string | null; retryable: boolean; durationMs: number };

// Worth another try later; anything else (a refused address, a 4xx) will not get better by itself.
const RETRYABLE_ERRORS: OutboundError["code"][] = ["timeout", "network", "dns_failed"];
const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/** The receiver's own words help fix a 4xx (Slack answers e.g. "invalid_token"), kept short and printable. */
const answerSnippet = (text: string) => text.replace(/[^\x20-\x7e]+/g, " ").trim().slice(0, 120);

/** POSTs one alert through the SSRF guard (checked again at connect time and on every redirect). */
export async function sendAlert(url: string, request: AlertRequest): Promise<SendOutcome> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const res = await outboundFetch(url, {
      method: "POST", headers: request.headers, body: request.body, timeoutMs: DELIVERY_TIMEOUT_MS, maxRedirects: DELIVERY_MAX_REDIRECTS,
    });
    const ok = res.status >= 200 && res.status < 300;
    const snippet = ok ? "" : answerSnippet(res.text);
    return { ok, httpStatus: res.status, error: ok ? null : `HTTP ${res.status}${snippet ? `: ${snippet}` : ""}`, retryable: !ok && retryableStatus(res.status), durationMs: durationMs() };
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    return { ok: false, httpStatus: null, error: error.message.slice(0, 500), retryable: RETRYABLE_ERRORS.includes(error.code), durationMs: durationMs() };
  }
}

/** One line for the webhook's "last status". */
export function statusLine(outcome: SendOutcome, { test = false, willRetry = false } = {}): string {
  const what = outcome.ok ? `Delivered (HTTP ${outcome.httpStatus})` : `Failed${willRetry ? " (will retry)" : ""}: ${outcome.error ?? "unknown error"}`;
  return `${test ? "Test: " : ""}${what}`.slice(0, 200);
}
