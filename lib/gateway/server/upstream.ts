// Calls to the provider behind a virtual key. The base URL comes from tenant configuration, so it gets the same SSRF
// checks as every outbound feature (lib/server/outbound.ts: scheme, literal and resolved addresses, the connection
// pinned to the checked addresses), with the resolution kept for a minute per host, and keep-alive connections
// per origin so a proxied call does not pay a TCP/TLS handshake.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { checkOutboundUrl, OutboundError, resolveTarget } from "@/lib/server/outbound";
import { readNodeCapped } from "@/lib/server/read-capped";

const RESOLVE_TTL_MS = 60_000;
const resolved = new Map<string, { at: number; addresses: Promise<{ address: string; family: number }[]> }>();
const agents = new Map<string, HttpAgent>();

function addressesOf(url: URL, allowListed: boolean) {
  const key = `${url.hostname}|${allowListed}`;
  const hit = resolved.get(key);
  if (hit && Date.now() - hit.at < RESOLVE_TTL_MS) return hit.addresses;
  const addresses = resolveTarget(url, allowListed);
  resolved.set(key, { at: Date.now(), addresses });
  addresses.catch(() => resolved.delete(key));
  return addresses;
}

function agentFor(url: URL): HttpAgent {
  let agent = agents.get(url.origin);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, keepAliveMsecs: 10_000, scheduling: "lifo" as const };
    agent = url.protocol === "https:" ? new HttpsAgent(options) : new HttpAgent(options);
    agents.set(url.origin, agent);
  }
  return agent;
}

export type UpstreamRequest = { url: string; headers: Record<string, string>; body: Buffer; signal: AbortSignal; timeoutMs: number };

/** POSTs to the provider; resolves with the response as soon as its headers arrive (the body is streamed). */
export async function postUpstream({ url: raw, headers, body, signal, timeoutMs }: UpstreamRequest): Promise<IncomingMessage> {
  const { url, allowListed } = checkOutboundUrl(raw);
  const checked = await addressesOf(url, allowListed);
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, checked);
    else callback(null, checked[0]!.address, checked[0]!.family);
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = send(url, {
      method: "POST", headers: { ...headers, "content-length": String(body.byteLength) }, lookup: pinned, agent: agentFor(url), signal, timeout: timeoutMs,
    }, resolve);
    req.on("timeout", () => req.destroy(new OutboundError("timeout", `${url.origin} did not answer within ${Math.round(timeoutMs / 1000)} s`)));
    req.on("error", (err: NodeJS.ErrnoException) => {
      reject(err instanceof OutboundError ? err : new OutboundError("network", `Could not reach ${url.origin}${err.code ? ` (${err.code})` : ""}`));
    });
    req.end(body);
  });
}

/** The whole body of a response, up to maxBytes. */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const body = await readNodeCapped(res as AsyncIterable<Buffer>, maxBytes);
  if (body) return body;
  res.destroy();
  throw new OutboundError("too_large", `The provider sent a response over ${maxBytes} bytes`);
}
