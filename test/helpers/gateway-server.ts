// The gateway's own HTTP server (the one gateway/main.ts runs) on a loopback port, for the real provider SDKs.
import type { AddressInfo } from "node:net";
import { createGatewayServer } from "@/lib/gateway/server/http-server";

export async function startGatewayServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createGatewayServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}
