// `npm run bench:dlp`: generates ~20 MB (BENCH_MB overrides) of mixed, log-like NDJSON deterministically (prompts,
// responses, cloud records, 1-2% PII and secrets), scans it with every built-in detector and prints one JSON line
// at the end: {mb, rules, scan_mb_per_s, json_parse_mb_per_s, ratio, p50_16kb_ms, p99_16kb_ms, top_rule_share}.
// - The baseline (JSON.parse over the same bytes) is measured in the same run; both get the same 1 MB warm-up.
// - rules: the sum of every built-in detector's ruleCount.
// - top_rule_share: in a separate profiling pass (DetectOptions.profile), the most expensive single rule's share
//   of the total scan time. A detector that reports nothing counts as one rule named after it; time a detector
//   spends beyond what it reports is "<kind>:unattributed"; "<kind>:gate" (prefilter) and unattributed entries
//   are shown on stderr but are not rules. stderr also gets the top 10 entries and the per-detector ms.
// - p50/p99_16kb_ms: scanText over 300 different realistic 16 KB prompts (prose, markdown, code, config, logs).
// - Before anything is measured the scanner runs warmUpDlp(), as the gateway and web processes do at startup: its
//   samples include non-ASCII text, so the scan is measured with the code V8 makes for mixed traffic (about 20%
//   slower on these ASCII-only records than code specialized to them, and without the deoptimization stalls).
import { PerformanceObserver } from "node:perf_hooks";
import { seededRandom } from "./bench/prng";
import { DETECTORS, scanText } from "@/lib/dlp/detectors";
import { warmUpDlp } from "@/lib/dlp/warm-up";
import type { DetectOptions, Detector } from "@/lib/dlp/types";

const TARGET_MB = Number(process.env.BENCH_MB ?? 20);
const { rand, pick } = seededRandom(0x5eed);
const WORDS = "the model answer customer order invoice please summarize report quarterly ticket refund account shipping policy system review draft email meeting notes product feature request latency error retry token budget context window document search vector index embed chunk source citation".split(" ");
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
const luhnCard = () => {
  const digits = [4, ...Array.from({ length: 14 }, () => Math.floor(rand() * 10))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = digits[14 - i]!;
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return [...digits, (10 - (sum % 10)) % 10].join("");
};
const SENSITIVE = [
  () => `contact me at user${Math.floor(rand() * 1e4)}@example.com`,
  () => `my card is ${luhnCard()}`,
  () => `call +1 415 555 ${String(Math.floor(rand() * 9000) + 1000)}`,
  () => `OPENAI_API_KEY=sk-proj-${Array.from({ length: 48 }, () => pick([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])).join("")}`,
  () => `aws key AKIA${Array.from({ length: 16 }, () => pick([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])).join("")}`,
];
function record(i: number): string {
  const text = sentence(20 + Math.floor(rand() * 80)) + (rand() < 0.015 ? ` ${pick(SENSITIVE)()}` : "");
  switch (i % 3) {
    case 0:
      return JSON.stringify({ ts: 1_700_000_000 + i, type: "prompt", model: "gpt-4o", user: `u${i % 97}`, messages: [{ role: "user", content: text }] });
    case 1:
      return JSON.stringify({ ts: 1_700_000_000 + i, type: "response", usage: { input_tokens: 100 + (i % 50), output_tokens: 20 }, output: text });
    default:
      return JSON.stringify({ eventTime: new Date(1_700_000_000_000 + i * 1000).toISOString(), eventSource: "bedrock.amazonaws.com", eventName: "InvokeModel", sourceIPAddress: `10.0.${i % 255}.${(i * 7) % 255}`, requestParameters: { modelId: "anthropic.claude-3", note: text.slice(0, 80) } });
  }
}

const lines: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_MB * 1_048_576; i++) {
  const line = record(i);
  lines.push(line);
  bytes += Buffer.byteLength(line) + 1;
}
const mb = bytes / 1_048_576;

// Realistic 16 KB prompts: a request in prose with markdown, pasted code, config and log excerpts.
const PROSE = "We are seeing intermittent failures when the checkout service calls the payment provider. Could you review the handler below and explain why retries are not applied? The team also wants a short summary for the incident report, written for non-engineers. Please keep the tone neutral and list the open questions at the end. Our SLA requires a response within four hours; the on-call engineer escalated at 09:40 UTC. Last quarter we migrated from the monolith to three services, and the dashboards still show the old latency budget. I have attached the relevant snippet, the Helm values and a few log lines from production (user ids anonymised).".split(/(?<=[.?;])\s+/);
const CODE = [
  "```ts\nexport async function charge(order: Order, client: PaymentClient): Promise<Receipt> {\n  const started = Date.now();\n  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {\n    try {\n      return await client.charge({ amount: order.total, currency: order.currency, idempotencyKey: order.id });\n    } catch (err) {\n      logger.warn({ err, attempt, orderId: order.id }, \"charge failed\");\n      await sleep(backoff(attempt));\n    }\n  }\n  throw new Error(`charge failed after ${Date.now() - started} ms`);\n}\n```",
  "```yaml\nreplicaCount: 3\nimage:\n  repository: registry.example.com/checkout\n  tag: 2.14.1\nresources:\n  limits: { cpu: 500m, memory: 512Mi }\nenv:\n  - name: PAYMENT_TIMEOUT_MS\n    value: \"2500\"\n  - name: LOG_LEVEL\n    value: info\n```",
  "```python\ndef summarize(ticket: dict, max_tokens: int = 512) -> str:\n    prompt = f\"Summarize ticket {ticket['id']} for the weekly report\"\n    response = client.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": prompt}], max_tokens=max_tokens)\n    return response.choices[0].message.content\n```",
  "```\n2024-03-12T09:41:07.233Z ERROR checkout-7d9f payment.charge timeout after 2500ms orderId=ord_48213 attempt=2 traceId=4bf92f3577b34da6a3ce929d0e0e4736\n2024-03-12T09:41:09.870Z WARN  checkout-7d9f circuit half-open provider=payments-eu-west-1 latency_p99=2310ms\n```",
];
function prompt16k(): string {
  let s = `## Incident ${Math.floor(rand() * 9000) + 1000}: ${pick(PROSE)}\n\n`;
  while (s.length < 16_384) {
    const r = rand();
    if (r < 0.55) s += `${Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(PROSE)).join(" ")}\n\n`;
    else if (r < 0.7) s += `- ${pick(PROSE)}\n- ${sentence(8 + Math.floor(rand() * 8))}\n\n`;
    else if (r < 0.97) s += `${pick(CODE)}\n\n`;
    else s += `${pick(SENSITIVE)()}\n\n`;
  }
  return s.slice(0, 16_384);
}

const warmup = lines.slice(0, Math.max(1, Math.floor(lines.length / TARGET_MB)));
for (const line of warmup) JSON.parse(line);
let t = performance.now();
for (const line of lines) JSON.parse(line);
const parseMs = performance.now() - t;

const warmedUp = warmUpDlp(); // what the web and gateway processes run at startup
for (const line of warmup) scanText(line);
let findings = 0;
t = performance.now();
for (const line of lines) findings += scanText(line).length;
const scanMs = performance.now() - t;

// Per-detector wall time (no profiler), then the profiling pass. A detector that throws (it must not) is counted,
// not allowed to abort the benchmark.
let thrown = 0;
const run = (d: Detector, line: string, options?: DetectOptions) => {
  try {
    d.detect(line, options);
  } catch {
    thrown++;
  }
};
const perDetector = new Map<string, number>();
for (const d of DETECTORS) {
  const s = performance.now();
  for (const line of lines) run(d, line);
  perDetector.set(d.kind, performance.now() - s);
}
const entries = new Map<string, number>();
let profiledTotal = 0;
for (const d of DETECTORS) {
  const reported = new Map<string, number>();
  const profile = (id: string, ms: number) => reported.set(id, (reported.get(id) ?? 0) + ms);
  const s = performance.now();
  for (const line of lines) run(d, line, { profile });
  const total = performance.now() - s;
  profiledTotal += total;
  const sum = [...reported.values()].reduce((a, b) => a + b, 0);
  if (reported.size === 0) entries.set(d.kind, total);
  else {
    for (const [id, ms] of reported) entries.set(id, (entries.get(id) ?? 0) + ms);
    entries.set(`${d.kind}:unattributed`, Math.max(0, total - sum));
  }
}
const isRule = (id: string) => !id.endsWith(":gate") && !id.endsWith(":unattributed");
const ranked = [...entries].sort((a, b) => b[1] - a[1]);
const topRule = ranked.find(([id]) => isRule(id)) ?? ["none", 0];

// Diagnostics only (stderr): garbage collections during the prompt pass, and the same prompts scanned again once
// every code path and regex has been compiled (the gap to the first pass is JIT and regex tier-up, not GC).
const gcPauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))));
gcObserver.observe({ entryTypes: ["gc"] });
const promptPass = performance.now();
const prompts: string[] = [];
const timings: number[] = [];
for (let i = 0; i < 330; i++) {
  const p = prompt16k();
  prompts.push(p);
  const s = performance.now();
  scanText(p);
  if (i >= 30) timings.push(performance.now() - s); // the first 30 warm the JIT up
}
const promptPassEnd = performance.now();
timings.sort((a, b) => a - b);
const pct = (p: number) => Math.round(timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]! * 1000) / 1000;
const again: number[] = [];
for (const p of prompts.slice(30)) {
  const s = performance.now();
  scanText(p);
  again.push(performance.now() - s);
}
again.sort((a, b) => a - b);
t = performance.now();
for (const line of lines) scanText(line);
const warmScanMs = performance.now() - t;
await new Promise((resolve) => setTimeout(resolve, 0)); // let the GC observer report
gcObserver.disconnect();
const promptGcs = gcPauses.filter((g) => g.start >= promptPass && g.start < promptPassEnd);

const round = (n: number) => Math.round(n * 100) / 100;
const share = (ms: number) => `${((100 * ms) / (profiledTotal || 1)).toFixed(1)}%`;
const scanRate = mb / (scanMs / 1000);
const parseRate = mb / (parseMs / 1000);
console.error(`[bench:dlp] ${lines.length} records, ${findings} findings; per detector ms: ${JSON.stringify(Object.fromEntries([...perDetector].map(([k, v]) => [k, Math.round(v)])))}${thrown ? `; ${thrown} detect() calls threw` : ""}`);
const line = ([id, ms]: [string, number]) => `  ${id.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  ${share(ms).padStart(6)}`;
console.error(`[bench:dlp] profiling pass ${Math.round(profiledTotal)} ms; top 10 rules:`);
for (const entry of ranked.filter(([id]) => isRule(id)).slice(0, 10)) console.error(line(entry));
console.error("[bench:dlp] gates and unattributed time (not rules):");
for (const entry of ranked.filter(([id]) => !isRule(id))) console.error(line(entry));
console.error(
  `[bench:dlp] diagnostics: warm-up ${warmedUp.ms} ms (${warmedUp.texts} texts); second scan of the records (warm) ${round(mb / (warmScanMs / 1000))} MB/s; 16 KB prompts: slowest 4 ${timings.slice(-4).map((x) => x.toFixed(2)).join(" ")} ms, ` +
    `same prompts again p99 ${again[Math.floor(0.99 * again.length)]!.toFixed(3)} ms; ` +
    `${promptGcs.length} GC pauses during the measured prompt pass (${promptGcs.map((g) => g.ms.toFixed(2)).join(" ")} ms)`,
);
console.log(JSON.stringify({
  mb: round(mb),
  rules: DETECTORS.reduce((n, d) => n + d.ruleCount, 0),
  scan_mb_per_s: round(scanRate),
  json_parse_mb_per_s: round(parseRate),
  ratio: round(scanRate / parseRate),
  p50_16kb_ms: pct(0.5),
  p99_16kb_ms: pct(0.99),
  top_rule_share: round(topRule[1] / (profiledTotal || 1)),
}));
