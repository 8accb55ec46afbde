import { writeFileSync } from "node:fs";
import { provisionStack } from "/work/main/scripts/lib/stack";
const stack = await provisionStack({ dataDir: "/work/main/.data/hold", ephemeral: true });
writeFileSync("/tmp/pg-url", stack.postgres.serverUrl + "\n" + stack.redis.url);
process.on("SIGTERM", async () => { await stack.stop(); process.exit(0); });
setInterval(() => {}, 1000);
