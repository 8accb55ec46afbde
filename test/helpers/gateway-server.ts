// The gateway's route handlers behind a loopback HTTP server, so the real provider SDKs can call them. Response
// bodies are piped chunk by chunk (streamed answers reach the SDK as they are produced).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as anthropicMessages from "@/app/gateway/anthropic/v1/messages/route";
import * as openaiChat from "@/app/gateway/openai/v1/chat/completions/route";
import * as openaiEmbeddings from "@/app/gateway/openai/v1/embeddings/route";
import * as openaiResponses from "@/app/gateway/openai/v1/responses/route";

const ROUTES: Record<string, (req: Request) => Promise<Response>> = {
  "/gateway/openai/v1/chat/completions": openaiChat.POST,
  "/gateway/openai/v1/responses": openaiResponses.POST,
  "/gateway/openai/v1/embeddings": openaiEmbeddings.POST,
  "/gateway/anthropic/v1/messages": anthropicMessages.POST,
};

async function toRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined, signal });
}

export async function startGatewayServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const route = ROUTES[(req.url ?? "").split("?")[0]!];
    if (!route) return void res.writeHead(404).end();
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    toRequest(req, abort.signal)
      .then(route)
      .then(async (answer) => {
        const headers: Record<string, string> = {};
        answer.headers.forEach((v, k) => (headers[k] = v));
        res.writeHead(answer.status, headers);
        if (!answer.body) return void res.end();
        for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
        res.end();
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}
