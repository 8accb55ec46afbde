import { randomUUID } from "node:crypto";
import type { RequestMeta } from "./principal";

type HeaderGetter = (name: string) => string | null;

/** The nearest hop's address: the last X-Forwarded-For entry is the one our own server added. */
export function clientIp(get: HeaderGetter): string | null {
  const forwarded = get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return (last ?? get("x-real-ip") ?? null)?.slice(0, 64) ?? null;
}

export function requestMeta(headers: Headers): RequestMeta {
  const given = headers.get("x-request-id");
  return {
    requestId: given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID(),
    ip: clientIp((n) => headers.get(n)),
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
  };
}
