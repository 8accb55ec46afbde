// GET /api/v1/usage when an organization ingests both a provider's per-call logs and its usage reports: for every
// UTC hour a report of that provider covers, the report counts and the provider's per-call events do not.
import { describe, expect, it } from "vitest";
import * as usageRoute from "@/app/api/v1/usage/route";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { HOUR, insertLlmEvent } from "./events-fixtures";

const DAY = 24 * HOUR;
type Point = { bucket: string; key: string; inputTokens: number; outputTokens: number; costUsd: number; requests: number };
const numbers = (p: Point | undefined) => p && { inputTokens: p.inputTokens, outputTokens: p.outputTokens, costUsd: p.costUsd, requests: p.requests };

describe("usage without double counting per-call events and usage reports", () => {
  it("prefers the provider's report for the hours it covers and sums per-call events elsewhere", async () => {
    const { org, members } = await createOrgWithMembers(["ANALYST"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const other = await createOrgWithMembers(["ADMIN"]);
    const today = Math.floor(Date.now() / DAY) * DAY;
    const day1 = new Date(today - 3 * DAY); // a daily report and per-call events
    const day2 = new Date(today - 2 * DAY); // an hourly report for 10:00 only; per-call events at 10:xx and 11:xx
    const at = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + hour * HOUR + minute * 60_000);
    const callEvent = (orgId: string, time: Date, provider = "openai") => insertLlmEvent(orgId, { time, provider, inputTokens: 100, outputTokens: 10, costUsd: 0.01 });
    const report = (orgId: string, time: Date, periodEnd: Date, provider = "openai", requests = 3) =>
      insertLlmEvent(orgId, { time, periodEnd, provider, requestCount: requests, inputTokens: 100 * requests, outputTokens: 10 * requests, costUsd: 0.01 * requests, operation: "chat" });

    await report(org.id, day1, new Date(day1.getTime() + DAY), "openai", 5); // daily bucket
    for (const h of [3, 9, 22]) await callEvent(org.id, at(day1, h, 15));
    await report(org.id, at(day2, 10), at(day2, 11)); // hourly bucket, 10:00–11:00
    for (const m of [5, 20, 40]) await callEvent(org.id, at(day2, 10, m)); // the same 3 calls the report counts
    for (const m of [5, 50]) await callEvent(org.id, at(day2, 11, m)); // no report yet for 11:00
    await callEvent(org.id, at(day2, 10, 30), "anthropic"); // another provider: its own calls count
    await report(other.org.id, at(day2, 11), at(day2, 12)); // another org's report changes nothing here

    const get = async (q: string) => {
      const res = await call(usageRoute.GET, { cookie, path: `/api/v1/usage?${q}` });
      expect(res.status, res.text).toBe(200);
      return res.json as { series: Point[]; totals: Point[] };
    };
    const window = `from=${day1.toISOString()}&to=${new Date(day2.getTime() + DAY - 1).toISOString()}`;

    const daily = await get(`${window}&groupBy=provider`);
    const point = (day: Date, key: string) => numbers(daily.series.find((p) => p.bucket === day.toISOString() && p.key === key));
    expect(point(day1, "openai")).toEqual({ inputTokens: 500, outputTokens: 50, costUsd: 0.05, requests: 5 }); // the report only
    expect(point(day2, "openai")).toEqual({ inputTokens: 300 + 200, outputTokens: 30 + 20, costUsd: 0.05, requests: 3 + 2 }); // report + 11:xx calls
    expect(point(day2, "anthropic")).toEqual({ inputTokens: 100, outputTokens: 10, costUsd: 0.01, requests: 1 });
    expect(daily.totals.map((t) => [t.key, t.requests])).toEqual([["openai", 10], ["anthropic", 1]]);

    const hourly = await get(`bucket=hour&from=${at(day2, 9).toISOString()}&to=${at(day2, 12).toISOString()}&groupBy=provider`);
    expect(hourly.series.map((p) => [p.bucket.slice(11, 16), p.key, p.requests, p.inputTokens])).toEqual([
      ["10:00", "anthropic", 1, 100], ["10:00", "openai", 3, 300], ["11:00", "openai", 2, 200],
    ]);

    // A window starting inside the reported hour leaves the report out, so it counts the calls of that hour instead.
    const partial = await get(`bucket=hour&from=${at(day2, 10, 10).toISOString()}&to=${at(day2, 10, 59).toISOString()}&groupBy=provider`);
    expect(partial.series.map((p) => [p.key, p.requests, p.inputTokens])).toEqual([["anthropic", 1, 100], ["openai", 2, 200]]);

    // Grouped by app or model the same rows count (totals agree whatever the grouping).
    const byModel = await get(`${window}&groupBy=model`);
    const byApp = await get(`${window}&groupBy=app`);
    const sum = (ps: Point[]) => ps.reduce((n, p) => n + p.requests, 0);
    expect([sum(byModel.totals), sum(byApp.totals)]).toEqual([11, 11]);
  });
});
