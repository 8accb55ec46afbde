// The console's web process: Next.js behind a thin Node server. A credential still serving its 429 penalty (the
// same check defineRoute makes first) is answered here, before Next's router (lib/server/front-door.ts).
import { createServer } from "node:http";
import next from "next";
import { refuseWhilePenalized } from "@/lib/server/front-door";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  if (!refuseWhilePenalized(req, res)) void handle(req, res);
}).listen(port, host, () => console.log(`▲ Next.js (web/server.ts) on http://${host}:${port}`));
