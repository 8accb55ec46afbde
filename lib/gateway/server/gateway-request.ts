// What the gateway reads of an incoming call, whichever server received it: the console's Next.js routes
// (app/gateway/**, a web Request) or the gateway's own HTTP server (gateway/main.ts, a Node request).
import type { IncomingMessage } from "node:http";
import { readCapped, readNodeCapped } from "@/lib/server/read-capped";

export type GatewayRequest = {
  header(name: string): string | null;
  /** The whole body, or "too_large" past `maxBytes` (reading stops there). */
  body(maxBytes: number): Promise<Buffer | "too_large">;
  /** Aborted when the client goes away: the upstream call is cancelled with it. */
  signal: AbortSignal;
};

class TooLarge extends Error {}

export const fromWebRequest = (req: Request): GatewayRequest => ({
  header: (name) => req.headers.get(name),
  body: (maxBytes) => readCapped(req.body, maxBytes, () => new TooLarge()).catch((e: unknown) => (e instanceof TooLarge ? ("too_large" as const) : Promise.reject(e))),
  signal: req.signal,
});

export function fromNodeRequest(req: IncomingMessage, signal: AbortSignal): GatewayRequest {
  return {
    header: (name) => {
      const v = req.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
    body: async (maxBytes) => {
      if (Number(req.headers["content-length"] ?? 0) > maxBytes) return "too_large";
      return (await readNodeCapped(req as AsyncIterable<Buffer>, maxBytes)) ?? "too_large";
    },
    signal,
  };
}
