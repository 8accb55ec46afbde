// A loopback stand-in for the OpenAI audit-log and Anthropic usage-report APIs with as many records as a test
// wants, in small pages, so a pull reaches the per-run page cap (MAX_PAGES_PER_PULL). Audit events can be added
// while pulls are under way (newest first, like the real API). Every request is recorded.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type PagedRequest = { path: string; query: URLSearchParams };
export type AuditEvent = { id: string; type: string; effective_at: number; project: { id: string }; actor: Record<string, unknown> } & Record<string, unknown>;
export type UsageBucket = { starting_at: string; ending_at: string; results: Record<string, unknown>[] };

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

export function auditEvent(n: number, effectiveAt: number): AuditEvent {
  return {
    id: `audit_log-resume${n}`, type: "api_key.created", effective_at: effectiveAt, project: { id: "proj_resume" },
    actor: { type: "session", session: { user: { id: `user-${n}`, email: `admin${n}@example.test` }, ip_address: "203.0.113.7" } },
    "api_key.created": { id: `obj_resume${n}`, data: { scopes: ["api.model.read"] } },
  };
}

export async function startPagedProviderStub({ auditCount, usageHours, pageSize, now = Date.now() }: { auditCount: number; usageHours: number; pageSize: number; now?: number }) {
  const requests: PagedRequest[] = [];
  const nowS = Math.floor(now / 1000);
  // One event a minute going back from an hour ago; ids are distinct, several share a second at the end.
  const auditEvents: AuditEvent[] = Array.from({ length: auditCount }, (_, n) => auditEvent(n, nowS - 3600 - 60 * n));
  const lastClosedHour = Math.floor(now / HOUR) * HOUR - 2 * HOUR;
  const usageBuckets: UsageBucket[] = Array.from({ length: usageHours }, (_, i) => {
    const start = lastClosedHour - (usageHours - i) * HOUR;
    return {
      starting_at: iso(start), ending_at: iso(start + HOUR),
      results: [{ uncached_input_tokens: 100 + i, cache_creation: { ephemeral_1h_input_tokens: 0, ephemeral_5m_input_tokens: 0 }, cache_read_input_tokens: 0, output_tokens: 10 + i, api_key_id: "apikey_resume", workspace_id: "wrkspc_resume", model: "claude-sonnet-4-20250514", service_tier: "standard" }],
    };
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    requests.push({ path: url.pathname, query: url.searchParams });
    const send = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/v1/organization/audit_logs") {
      const gte = Number(url.searchParams.get("effective_at[gte]") ?? 0);
      // Newest first; ties in the same second by id, so the order is total and `after` is unambiguous.
      const matching = auditEvents.filter((e) => e.effective_at >= gte).sort((a, b) => b.effective_at - a.effective_at || b.id.localeCompare(a.id));
      const after = url.searchParams.get("after");
      const from = after ? matching.findIndex((e) => e.id === after) + 1 : 0;
      const data = matching.slice(from, from + pageSize);
      return send({ object: "list", data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: from + pageSize < matching.length });
    }
    if (url.pathname === "/v1/organizations/usage_report/messages") {
      const start = Date.parse(url.searchParams.get("starting_at") ?? "");
      const end = Date.parse(url.searchParams.get("ending_at") ?? "") || Infinity;
      const matching = usageBuckets.filter((b) => Date.parse(b.starting_at) >= start && Date.parse(b.ending_at) <= end);
      const from = Number(url.searchParams.get("page")?.replace("page_", "") ?? 0);
      const more = from + pageSize < matching.length;
      return send({ data: matching.slice(from, from + pageSize), has_more: more, next_page: more ? `page_${from + pageSize}` : null });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openaiBaseUrl: `${baseUrl}/v1`, anthropicBaseUrl: baseUrl, requests, auditEvents, usageBuckets,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
