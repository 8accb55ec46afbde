// `npm run bench:dlp`: generates ~20 MB of mixed, log-like NDJSON deterministically (prompts, responses, cloud
// records, 1-2% PII and secrets), scans it with every built-in detector and prints one JSON line at the end:
// {mb, rules, scan_mb_per_s, json_parse_mb_per_s, ratio, p50_16kb_ms, p99_16kb_ms, top_detector_share}.
// The baseline (JSON.parse over the same bytes) is measured in the same run.
import { DETECTORS, scanText } from "@/lib/dlp/detectors";

const TARGET_MB = Number(process.env.BENCH_MB ?? 20);
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
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

let t = performance.now();
for (const line of lines) JSON.parse(line);
const parseMs = performance.now() - t;

const perDetector = new Map<string, number>();
let findings = 0;
t = performance.now();
for (const line of lines) findings += scanText(line).length;
const scanMs = performance.now() - t;
for (const d of DETECTORS) {
  const s = performance.now();
  for (const line of lines) d.detect(line);
  perDetector.set(d.kind, performance.now() - s);
}
const detectorTotal = [...perDetector.values()].reduce((a, b) => a + b, 0) || 1;

const prompt16k = () => {
  let s = "";
  while (s.length < 16_384) s += `${sentence(12)}. `;
  return s.slice(0, 16_384);
};
const timings = Array.from({ length: 300 }, () => {
  const p = prompt16k();
  const s = performance.now();
  scanText(p);
  return performance.now() - s;
}).sort((a, b) => a - b);
const pct = (p: number) => Math.round(timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]! * 1000) / 1000;

const round = (n: number) => Math.round(n * 100) / 100;
const scanRate = mb / (scanMs / 1000);
const parseRate = mb / (parseMs / 1000);
console.error(`[bench:dlp] ${lines.length} records, ${findings} findings; per detector ms: ${JSON.stringify(Object.fromEntries([...perDetector].map(([k, v]) => [k, Math.round(v)])))}`);
console.log(JSON.stringify({
  mb: round(mb),
  rules: DETECTORS.length,
  scan_mb_per_s: round(scanRate),
  json_parse_mb_per_s: round(parseRate),
  ratio: round(scanRate / parseRate),
  p50_16kb_ms: pct(0.5),
  p99_16kb_ms: pct(0.99),
  top_detector_share: round(Math.max(0, ...perDetector.values()) / detectorTotal),
}));
