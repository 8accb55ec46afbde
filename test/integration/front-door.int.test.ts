// The web process's front server (lib/server/front-door.ts, as web/server.ts uses it) in a plain node:http server:
// a credential serving its 429 penalty is answered 429 there, held until its penalty ends (at most
// API_REFUSAL_DELAY_MS, 1 s by default), while every other request goes on to the app at once.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { penalize } from "@/lib/server/api-rate-limit";
import { AppError } from "@/lib/server/errors";
import { refuseWhilePenalized } from "@/lib/server/front-door";

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    if (!refuseWhilePenalized(req, res)) res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = async (path: string, credential: string) => {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { authorization: credential } });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as { error?: { code: string } }, ms: performance.now() - started, at: performance.now() };
};

describe("the front server's refusals", () => {
  it("holds a penalized credential's 429 until its penalty ends, and answers other credentials meanwhile", async () => {
    const flood = `Bearer lsk_flood_${crypto.randomUUID()}`;
    const calm = `Bearer lsk_calm_${crypto.randomUUID()}`;
    expect((await get("/api/v1/apps", flood)).status).toBe(200);

    penalize(flood, new AppError("RATE_LIMITED", "over budget", undefined, { "retry-after": "1" }));
    const [held, other] = await Promise.all([get("/api/v1/apps", flood), new Promise((r) => setTimeout(r, 50)).then(() => get("/api/v1/apps", calm))]);
    expect(held).toMatchObject({ status: 429, retryAfter: "1", body: { error: { code: "RATE_LIMITED" } } });
    expect(held.ms).toBeGreaterThanOrEqual(800);
    expect(other.status).toBe(200);
    expect(other.at).toBeLessThan(held.at);

    // Pages and the penalty's end are not held: the same credential passes again.
    expect((await get("/login", flood)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect((await get("/api/v1/apps", flood)).status).toBe(200);
  });
});
