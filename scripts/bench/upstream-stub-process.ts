// The loopback provider stub (test/helpers/llm-upstream-stub.ts) in a process of its own for bench:gateway: a
// provider is another machine, so its work must not share the event loop that times the requests. Prints its URL as
// one JSON line; stops on SIGTERM.
import { startLlmUpstreamStub } from "../../test/helpers/llm-upstream-stub";

const stub = await startLlmUpstreamStub({ delayMs: Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? 20), record: false });
console.log(JSON.stringify({ url: stub.url }));
process.on("SIGTERM", () => void stub.close().then(() => process.exit(0)));
