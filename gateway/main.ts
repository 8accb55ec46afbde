// The AI gateway process (`npm start` runs it next to the web console and the worker): GATEWAY_PORT (default 4000).
import { warmUpDlp } from "@/lib/dlp/warm-up";
import { flushMeter } from "@/lib/gateway/server/meter";
import { createGatewayServer } from "@/lib/gateway/server/http-server";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";

env(); // fails fast with a clear message when the environment is incomplete
const port = Number(process.env.GATEWAY_PORT ?? 4000);
const host = process.env.GATEWAY_HOST ?? process.env.HOST ?? "0.0.0.0";
// The inline guards scan every prompt: bring the scanner to its steady speed before the first call (lib/dlp/warm-up.ts).
const warmedUp = warmUpDlp();
const server = createGatewayServer();
server.listen(port, host, () => logger.info({ port, host, dlpWarmUpMs: warmedUp.ms }, "AI gateway listening"));

// On shutdown: stop taking calls, let those in flight finish, then store the metering still buffered.
async function shutdown() {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await flushMeter();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
