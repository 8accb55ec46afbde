// The console's web process: Next.js behind a thin Node server. A credential still serving its 429 penalty (see
// earlyRefusal in lib/server/api-rate-limit.ts, the same check defineRoute makes first) is answered here, before
// Next's router, so a client flooding the API costs the process almost nothing and other orgs' requests do not queue
// behind its refusals.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { earlyRefusal } from "@/lib/server/api-rate-limit";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  if (req.url?.startsWith("/api/v1/")) {
    const refused = earlyRefusal(req.headers.authorization ?? null);
    if (refused) {
      const requestId = randomUUID();
      res.writeHead(429, { "content-type": "application/json", "x-content-type-options": "nosniff", "x-request-id": requestId, ...refused.headers });
      res.end(JSON.stringify({ error: { code: refused.code, message: refused.message, requestId } }));
      req.resume();
      return;
    }
  }
  void handle(req, res);
}).listen(port, host, () => console.log(`▲ Next.js (web/server.ts) on http://${host}:${port}`));
