import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

export type LoadFigures = { requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; status429: number; errors: number; retryAfterSeen: boolean };

// 20 new CloudTrail events per push: every push stores rows (ids differ), like a live log shipper.
const cloudTrailBatch = () => JSON.stringify(Array.from({ length: 20 }, (_, i) => ({
  eventTime: new Date().toISOString(), eventSource: "bedrock.amazonaws.com", eventName: "InvokeModel", awsRegion: "us-east-1",
  userIdentity: { arn: `arn:aws:iam::123456789012:role/app-${i % 5}` }, recipientAccountId: "123456789012", eventID: randomUUID(),
})));

export type DriveOptions = { seconds: number; rate?: number; connections: number; startAt?: number };

/**
 * Drives the ingest push and three read APIs in turn with autocannon, at `rate` requests per second overall (or as
 * fast as the connections allow), and measures every response's latency (autocannon's own summary has no p95).
 */
export async function drive(base: string, token: string, { seconds, rate, connections, startAt }: DriveOptions): Promise<LoadFigures> {
  // Two drivers in two processes start together at `startAt` (epoch ms), whatever each took to load.
  if (startAt) await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const latencies: number[] = [];
  let status429 = 0;
  let retryAfterSeen = false;
  let finish: (value: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon({
    url: base, connections, duration: seconds, ...(rate ? { overallRate: rate } : {}),
    headers: { authorization: `Bearer ${token}` },
    requests: [
      { method: "POST", path: "/api/v1/ingest/aws-cloudtrail", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: cloudTrailBatch() }) },
      { method: "GET", path: "/api/v1/apps" },
      { method: "GET", path: "/api/v1/findings?limit=50" },
      { method: "GET", path: "/api/v1/posture" },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode === 429) status429++;
  });
  instance.on("reqError", () => undefined);
  // autocannon reports no headers: a side probe every 250 ms looks for a 429 and its Retry-After.
  let running = true;
  const probing = (async () => {
    while (running && !retryAfterSeen) {
      const probe = await fetch(`${base}/api/v1/apps`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
      if (probe?.status === 429 && Number(probe.headers.get("retry-after")) > 0) retryAfterSeen = true;
      await probe?.arrayBuffer().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const result = await done;
  running = false;
  await probing;
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10 : 0);
  return {
    requests: latencies.length, rps: Math.round(latencies.length / seconds), p50: pct(0.5), p95: pct(0.95), p99: pct(0.99),
    non2xx: result.non2xx, status429, errors: result.errors, retryAfterSeen,
  };
}
