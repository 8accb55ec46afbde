// Loopback servers for the SSRF proof: a canary that must never be reached (it counts TCP connections as well
// as HTTP requests, so a TLS handshake or a non-HTTP client is counted too) and an allow-listed redirect stub
// that sends the client on to wherever the path says.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Canary = { port: number; ipv6: boolean; requests: number; connections: number; close: () => Promise<void> };

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });

const shut = async (server: Server) => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
};

/** Listens on 127.0.0.1 and, when the machine has it, on [::1] with the same port. */
export async function startCanary(): Promise<Canary> {
  const canary: Canary = { port: 0, ipv6: false, requests: 0, connections: 0, close: async () => {} };
  const make = () => {
    const server = createServer((_req, res) => {
      canary.requests++;
      res.writeHead(200, { "content-type": "application/json" }).end('{"canary":"reached"}');
    });
    server.on("connection", () => canary.connections++);
    server.on("clientError", (_err, socket) => socket.destroy()); // e.g. a TLS ClientHello; already counted as a connection
    return server;
  };
  const v4 = make();
  await listen(v4, 0, "127.0.0.1");
  canary.port = (v4.address() as AddressInfo).port;
  const v6 = make();
  canary.ipv6 = await listen(v6, canary.port, "::1").then(() => true, () => false);
  canary.close = async () => {
    await shut(v4);
    if (canary.ipv6) await shut(v6);
  };
  return canary;
}

export type RedirectStub = { origin: string; hostPort: string; requests: number; close: () => Promise<void> };

/** `${origin}${redirectPath(status, target)}/anything` answers `status` with `location: target`; anything else 404. */
export const redirectPath = (status: number, target: string) => `/r/${status}/${Buffer.from(target).toString("base64url")}`;

export async function startRedirectStub(): Promise<RedirectStub> {
  const stub: RedirectStub = { origin: "", hostPort: "", requests: 0, close: async () => {} };
  const server = createServer((req, res) => {
    stub.requests++;
    const match = /^\/r\/(\d{3})\/([\w-]+)/.exec(req.url ?? "");
    if (!match) return void res.writeHead(404).end();
    res.writeHead(Number(match[1]), { location: Buffer.from(match[2]!, "base64url").toString() }).end();
  });
  await listen(server, 0, "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  stub.hostPort = `127.0.0.1:${port}`;
  stub.origin = `http://${stub.hostPort}`;
  stub.close = () => shut(server);
  return stub;
}
