// One GET to a provider's admin API through the SSRF-safe client. Errors carry a message safe to store and show:
// the origin and status, the provider's error type, never a header, the key or the response body.
import { outboundFetch, OutboundError } from "@/lib/server/outbound";

export type PullErrorKind = "auth" | "transient" | "invalid";

export class PullError extends Error {
  constructor(readonly kind: PullErrorKind, message: string) {
    super(message);
    this.name = "PullError";
  }
}

const PAGE_MAX_BYTES = 1_000_000; // one page becomes one NDJSON line (ingest line cap: 1 MiB)

function providerErrorType(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: { type?: unknown; code?: unknown } };
    const type = body.error?.type ?? body.error?.code;
    return typeof type === "string" && /^[\w.-]{1,60}$/.test(type) ? type : null;
  } catch {
    return null;
  }
}

export async function getProviderPage(url: URL, headers: Record<string, string>): Promise<{ page: Record<string, unknown>; text: string }> {
  const where = `${url.origin}${url.pathname}`;
  let res;
  try {
    res = await outboundFetch(url.toString(), { headers: { accept: "application/json", ...headers }, maxBytes: PAGE_MAX_BYTES, timeoutMs: 30_000 });
  } catch (error) {
    if (error instanceof OutboundError) {
      throw new PullError(error.code === "blocked_destination" || error.code === "invalid_url" ? "invalid" : "transient", error.message);
    }
    throw error;
  }
  if (res.status !== 200) {
    const type = providerErrorType(res.text);
    const detail = `${where} answered ${res.status}${type ? ` (${type})` : ""}`;
    if (res.status === 401 || res.status === 403) throw new PullError("auth", `${detail}: the key was refused; it must be an organization admin key`);
    throw new PullError(res.status === 429 || res.status >= 500 ? "transient" : "invalid", detail);
  }
  let page: unknown;
  try {
    page = JSON.parse(res.text);
  } catch {
    throw new PullError("invalid", `${where} did not answer with JSON`);
  }
  if (typeof page !== "object" || page === null || Array.isArray(page)) throw new PullError("invalid", `${where} answered with an unexpected shape`);
  return { page: page as Record<string, unknown>, text: res.text };
}

export const baseUrlOf = (config: unknown, fallback: string) => {
  const value = typeof config === "object" && config !== null ? (config as { baseUrl?: unknown }).baseUrl : undefined;
  return (typeof value === "string" && value ? value : fallback).replace(/\/+$/, "");
};
