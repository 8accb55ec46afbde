// Anthropic messages usage report: GET {base}/v1/organizations/usage_report/messages?starting_at&ending_at&
// bucket_width=1h&group_by[]=…&page=… (x-api-key + anthropic-version). Only closed hourly buckets are pulled
// (ending_at = the last full hour, minus a settle delay), so a stored bucket never grows later.
import { ANTHROPIC_VERSION, INITIAL_LOOKBACK_MS, MAX_PAGES_PER_PULL, USAGE_SETTLE_MS } from "../providers";
import type { TPullState } from "../schemas";
import type { FetchedStream } from "./fetch-openai-audit";
import { getProviderPage, PullError } from "./provider-http";

const HOUR = 3_600_000;
const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;
const GROUP_BY = ["model", "api_key_id", "workspace_id"];

export async function fetchAnthropicUsage({ baseUrl, key, state, now }: { baseUrl: string; key: string; state: TPullState; now: number }): Promise<FetchedStream> {
  const start = state.lastUsageEnd ? Date.parse(state.lastUsageEnd) : floorHour(now - INITIAL_LOOKBACK_MS);
  const end = floorHour(now - USAGE_SETTLE_MS);
  if (end <= start) return { lines: [], pages: 0, records: 0, next: {} };
  const lines: string[] = [];
  let records = 0;
  let token: string | undefined;
  let reached = start;
  for (let pages = 1; pages <= MAX_PAGES_PER_PULL; pages++) {
    const url = new URL(`${baseUrl}/v1/organizations/usage_report/messages`);
    url.searchParams.set("starting_at", new Date(start).toISOString());
    url.searchParams.set("ending_at", new Date(end).toISOString());
    url.searchParams.set("bucket_width", "1h");
    url.searchParams.set("limit", "168");
    for (const g of GROUP_BY) url.searchParams.append("group_by[]", g);
    if (token) url.searchParams.set("page", token);
    const { page } = await getProviderPage(url, { "x-api-key": key, "anthropic-version": ANTHROPIC_VERSION });
    if (!Array.isArray(page.data)) throw new PullError("invalid", `${url.origin}${url.pathname} answered with an unexpected shape (no data)`);
    for (const bucket of page.data as unknown[]) {
      const { ending_at: bucketEnd, results } = (bucket ?? {}) as { ending_at?: unknown; results?: unknown };
      if (typeof bucketEnd === "string" && Date.parse(bucketEnd) > reached) reached = Math.min(Date.parse(bucketEnd), end);
      if (Array.isArray(results)) records += results.length;
    }
    if (page.data.length > 0) lines.push(JSON.stringify(page));
    const next = typeof page.next_page === "string" ? page.next_page : undefined;
    if (page.has_more !== true) return { lines, pages, records, next: { lastUsageEnd: new Date(end).toISOString() } };
    if (!next || next === token) throw new PullError("invalid", `${url.origin}${url.pathname} said has_more without a new next_page`);
    token = next.slice(0, 500);
  }
  // Page cap reached: buckets come oldest first, so the next pull starts after the last one received.
  return { lines, pages: MAX_PAGES_PER_PULL, records, next: { lastUsageEnd: new Date(reached).toISOString() } };
}
