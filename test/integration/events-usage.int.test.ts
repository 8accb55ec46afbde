import { describe, expect, it } from "vitest";
import * as usageRoute from "@/app/api/v1/usage/route";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { createApp, HOUR, insertLlmEvent } from "./events-fixtures";

const DAY = 24 * HOUR;
const utcDay = (daysAgo: number, hour = 10) => {
  const d = new Date(Date.now() - daysAgo * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour));
};

type Point = { bucket: string; key: string; label: string; inputTokens: number; outputTokens: number; costUsd: number; requests: number };

describe("usage API", () => {
  it("sums tokens, cost and requests per day and app in SQL, with unmapped events as shadow AI and usage pages counting their requests", async () => {
    const { org, members } = await createOrgWithMembers(["MANAGER"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const other = await createOrgWithMembers(["ADMIN"]);
    const app = await createApp(org.id, "Claims assistant");
    const d2 = utcDay(2);
    const d1 = utcDay(1);
    await insertLlmEvent(org.id, { time: d2, appId: app.id, inputTokens: 100, outputTokens: 10, costUsd: 0.25 });
    await insertLlmEvent(org.id, { time: new Date(d2.getTime() + HOUR), appId: app.id, inputTokens: 50, outputTokens: 5, costUsd: 0.5, requestModel: "gpt-4o-mini" });
    await insertLlmEvent(org.id, { time: d1, inputTokens: 7, outputTokens: null, costUsd: null });
    await insertLlmEvent(org.id, { time: utcDay(1, 0), periodEnd: utcDay(0, 0), requestCount: 40, inputTokens: 4000, outputTokens: 900, costUsd: 1.5, provider: "anthropic", requestModel: "claude-3-5-haiku" });
    await insertLlmEvent(other.org.id, { time: d1, inputTokens: 999_999, costUsd: 99 });

    const res = await call(usageRoute.GET, { cookie, path: "/api/v1/usage" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ bucket: "day", groupBy: "app" });
    const series = res.json.series as Point[];
    const day = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())).toISOString();
    expect(series).toEqual([
      { bucket: day(d2), key: app.id, label: "Claims assistant", inputTokens: 150, outputTokens: 15, costUsd: 0.75, requests: 2 },
      { bucket: day(d1), key: "unmapped", label: "Unmapped (shadow AI)", inputTokens: 4007, outputTokens: 900, costUsd: 1.5, requests: 41 },
    ]);
    expect(res.json.totals).toEqual([
      { key: "unmapped", label: "Unmapped (shadow AI)", inputTokens: 4007, outputTokens: 900, costUsd: 1.5, requests: 41 },
      { key: app.id, label: "Claims assistant", inputTokens: 150, outputTokens: 15, costUsd: 0.75, requests: 2 },
    ]);

    const byModel = await call(usageRoute.GET, { cookie, path: "/api/v1/usage?groupBy=model" });
    expect((byModel.json.totals as Point[]).map((t) => [t.key, t.requests])).toEqual([["claude-3-5-haiku", 40], ["gpt-4o-mini", 1], ["gpt-4o", 2]]);
    const byProvider = await call(usageRoute.GET, { cookie, path: "/api/v1/usage?groupBy=provider" });
    expect((byProvider.json.totals as Point[]).map((t) => t.key).sort()).toEqual(["anthropic", "openai"]);

    const hourly = await call(usageRoute.GET, { cookie, path: `/api/v1/usage?bucket=hour&from=${d2.toISOString()}&to=${new Date(d2.getTime() + 2 * HOUR).toISOString()}` });
    expect((hourly.json.series as Point[]).map((p) => [p.bucket, p.inputTokens])).toEqual([[d2.toISOString(), 100], [new Date(d2.getTime() + HOUR).toISOString(), 50]]);

    const empty = await call(usageRoute.GET, { cookie, path: `/api/v1/usage?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z` });
    expect(empty.json).toMatchObject({ series: [], totals: [] });
  });

  it("validates its query", async () => {
    const { members } = await createOrgWithMembers(["ANALYST"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const status = async (q: string) => (await call(usageRoute.GET, { cookie, path: `/api/v1/usage?${q}` })).status;
    expect(await status("bucket=week")).toBe(400);
    expect(await status("groupBy=user")).toBe(400);
    expect(await status("bucket=hour&from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z")).toBe(400);
    expect(await status("from=2025-03-01T00:00:00Z&to=2025-01-01T00:00:00Z")).toBe(400);
    expect(await status("bucket=day&from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z")).toBe(200);
  });
});
