// A loopback stand-in for the OpenAI and Anthropic admin APIs (the documented response shapes, two pages each).
// It records every request so a test can check the headers that reached it.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type StubRequest = { path: string; query: URLSearchParams; headers: IncomingHttpHeaders };
export type ProviderStub = {
  baseUrl: string;
  /** Base URLs as an integration config holds them (OpenAI's includes /v1). */
  openaiBaseUrl: string;
  anthropicBaseUrl: string;
  requests: StubRequest[];
  /** Answer every request with this status (e.g. 401) until set back to null. */
  failWith: (status: number | null) => void;
  auditEvents: Record<string, unknown>[];
  usageBuckets: { starting_at: string; ending_at: string; results: Record<string, unknown>[] }[];
  close: () => Promise<void>;
};

const HOUR = 3_600_000;
const PAGE_SIZE = 2;

function auditEvent(i: number, nowS: number): Record<string, unknown> {
  const types = ["api_key.created", "project.created", "login.succeeded", "api_key.deleted"];
  const type = types[i % types.length]!;
  return {
    id: `audit_log-stub${i}`, type, effective_at: nowS - 3600 * (i + 1),
    project: { id: "proj_stub", name: "Stub project" },
    actor: { type: "session", session: { user: { id: `user-stub${i}`, email: `admin${i}@example.test` }, ip_address: "203.0.113.9", user_agent: "stub-browser/1" } },
    [type]: { id: `obj_stub${i}`, ...(type.startsWith("api_key") ? { data: { scopes: ["api.model.read"] } } : {}) },
  };
}

function usageBucket(startMs: number, i: number) {
  return {
    starting_at: new Date(startMs).toISOString().replace(".000Z", "Z"), ending_at: new Date(startMs + HOUR).toISOString().replace(".000Z", "Z"),
    results: [{
      uncached_input_tokens: 1000 + i, cache_creation: { ephemeral_1h_input_tokens: 0, ephemeral_5m_input_tokens: 10 }, cache_read_input_tokens: 20,
      output_tokens: 300 + i, server_tool_use: { web_search_requests: 0 }, api_key_id: "apikey_stub", workspace_id: "wrkspc_stub",
      model: "claude-sonnet-4-20250514", service_tier: "standard", context_window: null,
    }],
  };
}

/** Serves 4 audit events (newest first, 2 per page) and 4 closed hourly usage buckets (oldest first, 2 per page). */
export async function startProviderStub({ openaiKey, anthropicKey, now = Date.now() }: { openaiKey: string; anthropicKey: string; now?: number }): Promise<ProviderStub> {
  const requests: StubRequest[] = [];
  let failure: number | null = null;
  const nowS = Math.floor(now / 1000);
  const auditEvents = Array.from({ length: 4 }, (_, i) => auditEvent(i, nowS));
  const lastClosedHour = Math.floor(now / HOUR) * HOUR - 2 * HOUR;
  const usageBuckets = Array.from({ length: 4 }, (_, i) => usageBucket(lastClosedHour - (4 - i) * HOUR, i));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (failure) return send(failure, { error: { type: failure === 401 ? "authentication_error" : "api_error", message: "stub failure" } });

    if (req.method === "GET" && url.pathname === "/v1/organization/audit_logs") {
      if (req.headers.authorization !== `Bearer ${openaiKey}`) return send(401, { error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" } });
      const gte = Number(url.searchParams.get("effective_at[gte]") ?? 0);
      const matching = auditEvents.filter((e) => (e.effective_at as number) >= gte).sort((a, b) => (b.effective_at as number) - (a.effective_at as number));
      const after = url.searchParams.get("after");
      const from = after ? matching.findIndex((e) => e.id === after) + 1 : 0;
      const data = matching.slice(from, from + PAGE_SIZE);
      return send(200, { object: "list", data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: from + PAGE_SIZE < matching.length });
    }
    if (req.method === "GET" && url.pathname === "/v1/organizations/usage_report/messages") {
      if (req.headers["x-api-key"] !== anthropicKey) return send(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } });
      if (!req.headers["anthropic-version"]) return send(400, { type: "error", error: { type: "invalid_request_error", message: "anthropic-version header is required" } });
      const start = Date.parse(url.searchParams.get("starting_at") ?? "");
      const end = Date.parse(url.searchParams.get("ending_at") ?? "") || Infinity;
      if (!Number.isFinite(start)) return send(400, { type: "error", error: { type: "invalid_request_error", message: "starting_at is required" } });
      const matching = usageBuckets.filter((b) => Date.parse(b.starting_at) >= start && Date.parse(b.ending_at) <= end);
      const from = url.searchParams.get("page") === "page_2" ? PAGE_SIZE : 0;
      const hasMore = from + PAGE_SIZE < matching.length;
      return send(200, { data: matching.slice(from, from + PAGE_SIZE), has_more: hasMore, next_page: hasMore ? "page_2" : null });
    }
    send(404, { error: { type: "not_found_error", message: "no such path" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl, openaiBaseUrl: `${baseUrl}/v1`, anthropicBaseUrl: baseUrl, requests, auditEvents, usageBuckets,
    failWith: (status) => {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
