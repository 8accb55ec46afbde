// OpenAI organization audit logs: GET {base}/organization/audit_logs?effective_at[gte]=…&limit=100&after=…
// A sweep pages with after=<last_id> under a fixed effective_at lower bound until has_more is false; then the
// bound moves to the newest effective_at seen. The bound is inclusive: events of that second come again and
// are counted as duplicates by ingestion, so none is missed.
import { INITIAL_LOOKBACK_MS, MAX_PAGES_PER_PULL } from "../providers";
import type { TPullState } from "../schemas";
import { getProviderPage, PullError } from "./provider-http";

export type FetchedStream = { lines: string[]; pages: number; records: number; next: Partial<TPullState> };

const PAGE_LIMIT = 100;

export async function fetchOpenAiAudit({ baseUrl, key, state, now }: { baseUrl: string; key: string; state: TPullState; now: number }): Promise<FetchedStream> {
  const since = state.lastAuditAt ?? new Date(now - INITIAL_LOOKBACK_MS).toISOString();
  let after = state.auditResumeAfter;
  let highAt = state.auditSweepHighAt ? Date.parse(state.auditSweepHighAt) / 1000 : -Infinity;
  let highId = state.auditSweepHighId;
  const lines: string[] = [];
  let records = 0;
  for (let pages = 1; pages <= MAX_PAGES_PER_PULL; pages++) {
    const url = new URL(`${baseUrl}/organization/audit_logs`);
    url.searchParams.set("limit", String(PAGE_LIMIT));
    url.searchParams.set("effective_at[gte]", String(Math.floor(Date.parse(since) / 1000)));
    if (after) url.searchParams.set("after", after);
    const { page } = await getProviderPage(url, { authorization: `Bearer ${key}` });
    if (page.object !== "list" || !Array.isArray(page.data)) throw new PullError("invalid", `${url.origin}${url.pathname} answered with an unexpected shape (no list)`);
    for (const item of page.data as unknown[]) {
      const { id, effective_at: at } = (item ?? {}) as { id?: unknown; effective_at?: unknown };
      if (typeof at === "number" && at > highAt) [highAt, highId] = [at, typeof id === "string" ? id.slice(0, 200) : highId];
    }
    if (page.data.length > 0) lines.push(JSON.stringify(page));
    records += page.data.length;
    const lastId = typeof page.last_id === "string" ? page.last_id : undefined;
    if (page.has_more !== true || page.data.length === 0) {
      const newest = Number.isFinite(highAt) ? new Date(highAt * 1000).toISOString() : since;
      return {
        lines, pages, records,
        next: { lastAuditAt: newest, lastAuditId: highId ?? state.lastAuditId, auditResumeAfter: undefined, auditSweepHighAt: undefined, auditSweepHighId: undefined },
      };
    }
    if (!lastId || lastId === after) throw new PullError("invalid", `${url.origin}${url.pathname} said has_more without a new last_id`);
    after = lastId.slice(0, 200);
  }
  // Page cap reached: the next pull continues this sweep from `after`, under the same lower bound (saved: on a
  // first pull it is derived from `now`, and a bound that moved between pulls would change the list being paged).
  return {
    lines, pages: MAX_PAGES_PER_PULL, records,
    next: { lastAuditAt: since, auditResumeAfter: after, auditSweepHighAt: Number.isFinite(highAt) ? new Date(highAt * 1000).toISOString() : undefined, auditSweepHighId: highId },
  };
}
