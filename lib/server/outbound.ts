// Server-side HTTP to addresses that come from tenant configuration (OAuth issuers, token endpoints, alert
// webhooks): no internal networks (SSRF), redirects only when asked for (each hop checked again), bounded
// time and size. The connection is pinned to the
// address that was checked, so a DNS answer that changes between the check and the connect (rebinding)
// cannot reach an internal host.
import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";

export type OutboundErrorCode = "invalid_url" | "blocked_destination" | "dns_failed" | "timeout" | "redirect" | "too_large" | "network";

/** Its message names only the origin (scheme + host), never a path, query or credential. */
export class OutboundError extends Error {
  constructor(readonly code: OutboundErrorCode, message: string) {
    super(message);
    this.name = "OutboundError";
  }
}

export type AddressClass = "public" | "unspecified" | "loopback" | "private" | "link-local" | "cgnat" | "multicast" | "reserved";

const parseV4 = (ip: string): number[] | null => {
  const parts = ip.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
};

function parseV6(raw: string): number[] | null {
  let ip = raw.replace(/^\[|\]$/g, "").split("%")[0]!.toLowerCase(); // a zone id (fe80::1%eth0) does not change the class
  let tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(ip); // ::ffff:127.0.0.1 carries its IPv4 part as text
  if (dotted) {
    const v4 = parseV4(dotted[2]!);
    if (!v4) return null;
    tail = v4;
    ip = dotted[1]!.endsWith("::") ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = ip.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - tail.length / 2 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return [...all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]), ...tail];
}

const inPrefix = (bytes: number[], prefix: number[], bits: number) => {
  for (let i = 0; i < bits; i++) {
    const bit = 7 - (i % 8);
    if (((bytes[i >> 3]! >> bit) & 1) !== ((prefix[i >> 3]! >> bit) & 1)) return false;
  }
  return true;
};

const V4_RANGES: [string, number, AddressClass][] = [
  ["0.0.0.0", 8, "unspecified"], ["10.0.0.0", 8, "private"], ["100.64.0.0", 10, "cgnat"], ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], ["172.16.0.0", 12, "private"], ["192.0.0.0", 24, "reserved"], ["192.0.2.0", 24, "reserved"],
  ["192.88.99.0", 24, "reserved"], ["192.168.0.0", 16, "private"], ["198.18.0.0", 15, "reserved"], ["198.51.100.0", 24, "reserved"],
  ["203.0.113.0", 24, "reserved"], ["224.0.0.0", 4, "multicast"], ["240.0.0.0", 4, "reserved"], // 240/4 includes broadcast
];
const V6_RANGES: [string, number, AddressClass][] = [
  ["::", 128, "unspecified"], ["::1", 128, "loopback"], ["fc00::", 7, "private"], ["fe80::", 10, "link-local"],
  ["fec0::", 10, "private"], ["ff00::", 8, "multicast"], ["2001::", 32, "reserved"], ["2001:db8::", 32, "reserved"],
];
// IPv6 forms that carry an IPv4 address: judged by that address. [prefix, bits, offset of the IPv4 bytes]
const V6_EMBEDDING_V4: [string, number, number][] = [["::ffff:0:0", 96, 12], ["64:ff9b::", 96, 12], ["2002::", 16, 2]];

const classifyV4 = (b: number[]): AddressClass => V4_RANGES.find(([net, bits]) => inPrefix(b, parseV4(net)!, bits))?.[2] ?? "public";

/** What kind of address `ip` is; anything but "public" is refused unless allow-listed. Not an IP: "reserved". */
export function classifyAddress(ip: string): AddressClass {
  const v4 = parseV4(ip);
  if (v4) return classifyV4(v4);
  const v6 = parseV6(ip);
  if (!v6) return "reserved";
  const exact = V6_RANGES.find(([net, bits]) => inPrefix(v6, parseV6(net)!, bits));
  if (exact) return exact[2];
  const embedding = V6_EMBEDDING_V4.find(([net, bits]) => inPrefix(v6, parseV6(net)!, bits));
  if (embedding) return classifyV4(v6.slice(embedding[2], embedding[2] + 4));
  return inPrefix(v6, parseV6("2000::")!, 3) ? "public" : "reserved"; // only 2000::/3 is global unicast
}

const originOf = (url: URL) => `${url.protocol}//${url.host}`;

/** OUTBOUND_ALLOW_HOSTS: "host" or "host:port" entries that may be internal or plain http (e.g. a local IdP). */
export function outboundAllowHosts(value = process.env.OUTBOUND_ALLOW_HOSTS ?? ""): string[] {
  return value.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean).map((h) => (isIP(h) === 6 ? `[${h}]` : h));
}

/** Checks scheme, credentials and literal addresses; DNS names are checked when resolved. */
export function checkOutboundUrl(raw: string, allowHosts: string[] = outboundAllowHosts()): { url: URL; allowListed: boolean } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError("invalid_url", "Not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OutboundError("invalid_url", "Only http and https URLs are allowed");
  if (url.username || url.password) throw new OutboundError("invalid_url", "URLs with credentials are not allowed");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const host = url.hostname.toLowerCase().replace(/\.$/, ""); // "example.com." is the same host as "example.com"
  const allowListed = allowHosts.includes(host) || allowHosts.includes(`${host}:${port}`);
  if (url.protocol === "http:" && !allowListed) throw new OutboundError("blocked_destination", `${originOf(url)}: plain http is not allowed; use https`);
  // RFC 6761 §6.3: localhost and every name under it are loopback, whatever this machine's resolver says
  // (some answer ENOTFOUND for "localhost." today and 127.0.0.1 tomorrow).
  if (!allowListed && (host === "localhost" || host.endsWith(".localhost"))) {
    throw new OutboundError("blocked_destination", `${originOf(url)} resolves to an internal address`);
  }
  const literal = host.replace(/^\[|\]$/g, "");
  if (!allowListed && isIP(literal) && classifyAddress(literal) !== "public") {
    throw new OutboundError("blocked_destination", `${originOf(url)} is an internal address`);
  }
  return { url, allowListed };
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(onAbort());
    const abort = () => reject(onAbort());
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/** The addresses a checked URL's host resolves to; refuses when any is internal (unless the host is allow-listed). */
export async function resolveTarget(url: URL, allowListed: boolean): Promise<{ address: string; family: number }[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  if (family) return [{ address: host, family }];
  const answers = await lookup(host, { all: true, verbatim: true }).catch(() => {
    throw new OutboundError("dns_failed", `Could not resolve ${url.host}`);
  });
  if (answers.length === 0) throw new OutboundError("dns_failed", `Could not resolve ${url.host}`);
  // Refuse when any answer is internal: the client would otherwise pick one of them at random.
  if (!allowListed && answers.some((a) => classifyAddress(a.address) !== "public")) {
    throw new OutboundError("blocked_destination", `${originOf(url)} resolves to an internal address`);
  }
  return answers;
}

export type OutboundRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs?: number;
  maxBytes?: number;
  /** Redirects to follow (default 0: a redirect is an error). Every hop is checked like the first URL. */
  maxRedirects?: number;
};
export type OutboundResponse = { status: number; headers: Headers; text: string };

export const OUTBOUND_TIMEOUT_MS = 10_000;
export const OUTBOUND_MAX_BYTES = 1_000_000;

/** For URLs saved by tenants: the same checks as a request (scheme, literal and resolved addresses) without sending one. */
export async function checkOutboundDestination(rawUrl: string, timeoutMs = 5_000): Promise<URL> {
  const { url, allowListed } = checkOutboundUrl(rawUrl);
  const timedOut = () => new OutboundError("dns_failed", `Could not resolve ${url.host} in time`);
  await untilAborted(resolveTarget(url, allowListed), AbortSignal.timeout(timeoutMs), timedOut);
  return url;
}

type Hop = { method: string; headers: Record<string, string>; body: Buffer | undefined };
type HopResult = OutboundResponse | { redirectTo: string | undefined; status: number };
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** fetch for destinations we do not control. Throws OutboundError; a 4xx/5xx is a normal response. */
export async function outboundFetch(rawUrl: string, init: OutboundRequest = {}): Promise<OutboundResponse> {
  const { timeoutMs = OUTBOUND_TIMEOUT_MS, maxBytes = OUTBOUND_MAX_BYTES, maxRedirects = 0 } = init;
  const signal = AbortSignal.timeout(timeoutMs);
  const body = init.body === undefined ? undefined : Buffer.from(init.body.toString(), "utf8");
  let hop: Hop = { method: init.method ?? "GET", headers: { ...init.headers }, body };
  let target = rawUrl;
  for (let redirects = 0; ; redirects++) {
    const { url, allowListed } = checkOutboundUrl(target);
    const result = await sendOnce(url, allowListed, hop, { signal, timeoutMs, maxBytes });
    if (!("redirectTo" in result)) return result;
    const origin = originOf(url);
    if (redirects >= maxRedirects) {
      throw new OutboundError("redirect", maxRedirects === 0
        ? `${origin} answered with a redirect (${result.status}); redirects are not followed`
        : `${origin} redirected more than ${maxRedirects} times`);
    }
    let next: URL;
    try {
      next = new URL(result.redirectTo ?? "", url);
    } catch {
      throw new OutboundError("invalid_url", `${origin} redirected to an invalid URL`);
    }
    hop = nextHop(hop, result.status, url, next);
    target = next.toString();
  }
}

// What a browser sends after a redirect: 303 (and 301/302 after a POST) become a GET without a body;
// credentials are not carried to another origin.
function nextHop(hop: Hop, status: number, from: URL, to: URL): Hop {
  const headers = { ...hop.headers };
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === "POST");
  if (toGet) for (const name of Object.keys(headers)) if (/^content-/i.test(name)) delete headers[name];
  if (to.origin !== from.origin) for (const name of Object.keys(headers)) if (/^(authorization|cookie)$/i.test(name)) delete headers[name];
  return { method: toGet ? "GET" : hop.method, headers, body: toGet ? undefined : hop.body };
}

async function sendOnce(url: URL, allowListed: boolean, hop: Hop, limits: { signal: AbortSignal; timeoutMs: number; maxBytes: number }): Promise<HopResult> {
  const { signal, timeoutMs, maxBytes } = limits;
  const origin = originOf(url);
  const timedOut = () => new OutboundError("timeout", `${origin} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  const checked = await untilAborted(resolveTarget(url, allowListed), signal, timedOut);
  // The socket connects only to the addresses checked above (all of them, for happy-eyeballs).
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, checked);
    else callback(null, checked[0]!.address, checked[0]!.family);
  };
  const headers = { ...hop.headers, ...(hop.body ? { "content-length": String(hop.body.byteLength) } : {}) };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;

  return new Promise<HopResult>((resolve, reject) => {
    const fail = (error: OutboundError) => {
      req.destroy();
      reject(error);
    };
    const req = send(url, { method: hop.method, headers, lookup: pinned, signal, agent: false }, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        req.destroy();
        return resolve({ redirectTo: res.headers.location, status });
      }
      if (status >= 300 && status < 400) return fail(new OutboundError("redirect", `${origin} answered with a redirect (${status}); redirects are not followed`));
      const tooLarge = () => new OutboundError("too_large", `${origin} sent a response over ${maxBytes} bytes`);
      if (Number(res.headers["content-length"] ?? 0) > maxBytes) return fail(tooLarge());
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > maxBytes) fail(tooLarge());
        else chunks.push(chunk);
      });
      res.on("end", () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        resolve({ status, headers: responseHeaders, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", () => reject(signal.aborted ? timedOut() : new OutboundError("network", `The connection to ${origin} failed`)));
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      reject(signal.aborted ? timedOut() : new OutboundError("network", `Could not connect to ${origin}${err.code ? ` (${err.code})` : ""}`));
    });
    req.end(hop.body);
  });
}
