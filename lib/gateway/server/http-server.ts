// The AI gateway's own HTTP server: the provider-compatible endpoints without Next.js in the path (a proxied call
// should cost the caller as little as possible). Paths as on the console's origin: /gateway/openai/v1/…,
// /gateway/anthropic/v1/messages; /healthz for load balancers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { logger } from "@/lib/server/logger";
import { gatewayError, type GatewayOperation } from "../wire";
import { handleGatewayCall } from "./gateway-call";
import { fromNodeRequest } from "./gateway-request";

const ROUTES: Record<string, GatewayOperation> = {
  "/gateway/openai/v1/chat/completions": "chat",
  "/gateway/openai/v1/responses": "responses",
  "/gateway/openai/v1/embeddings": "embeddings",
  "/gateway/anthropic/v1/messages": "messages",
};

async function send(res: ServerResponse, answer: Response) {
  const headers: Record<string, string> = {};
  answer.headers.forEach((v, k) => (headers[k] = v));
  res.writeHead(answer.status, headers);
  if (answer.body) for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

// Event-loop delay since start: what a call may wait behind other work in this process (reported by /healthz).
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const ms = (ns: number) => Math.round(ns / 10_000) / 100;

function health(res: ServerResponse) {
  const body = { status: "ok", eventLoopDelayMs: { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) } };
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? "/").split("?")[0]!;
  if (path === "/healthz") return health(res);
  const op = ROUTES[path];
  const provider = path.startsWith("/gateway/anthropic/") ? "anthropic" : "openai";
  if (!op || req.method !== "POST") {
    req.resume();
    return void send(res, gatewayError(provider, "not_found", `No gateway endpoint ${req.method} ${path.slice(0, 200)}`));
  }
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  handleGatewayCall(op, fromNodeRequest(req, abort.signal))
    .then((answer) => send(res, answer))
    .catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error), path }, "gateway call failed");
      if (!res.headersSent) void send(res, gatewayError(provider, "upstream", "The gateway could not complete the call"));
      else res.destroy();
    });
}

export function createGatewayServer(): Server {
  const server = createServer({ keepAliveTimeout: 65_000, requestTimeout: 300_000 }, handle);
  server.headersTimeout = 66_000;
  return server;
}
