// Per-org API budgets: an org over its budget gets 429 with Retry-After and the error envelope; another org's
// requests in the same moment are untouched. The budget is read once per process, so this file sets a small one
// (60 a minute: 10 per 10-second window) before anything reads the environment.
process.env.API_RATE_LIMIT_PER_MINUTE = "60";

import { describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import { call, createApiKeyFor, createOrgWithMembers } from "../factories";
import { recordFigures } from "../security/figures";

describe("per-org API rate limit", () => {
  it("answers an org over its budget 429 with Retry-After, and leaves another org alone", async () => {
    const flood = await createOrgWithMembers(["ADMIN"]);
    const calm = await createOrgWithMembers(["ADMIN"]);
    const floodKey = await createApiKeyFor(flood.org.id, flood.members[0]!.user.id, ["apps:read"]);
    const calmKey = await createApiKeyFor(calm.org.id, calm.members[0]!.user.id, ["apps:read"]);

    // 25 requests: at most 10 fit in one window, 20 if a window boundary falls inside the burst.
    const flooded = await Promise.all(Array.from({ length: 25 }, () => call(appsRoute.GET, { apiKey: floodKey, path: "/api/v1/apps" })));
    const refused = flooded.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(flooded.filter((r) => r.status === 200).length).toBeLessThanOrEqual(20);
    expect(flooded.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    const retryAfter = Number(refused[0]!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(refused[0]!.json.error).toMatchObject({ code: "RATE_LIMITED", requestId: expect.any(String) });

    const calmAnswers = await Promise.all(Array.from({ length: 5 }, () => call(appsRoute.GET, { apiKey: calmKey, path: "/api/v1/apps" })));
    expect(calmAnswers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    recordFigures("rate-limit", { floodRequests: flooded.length, flood429: refused.length, retryAfterSeconds: retryAfter, otherOrgRequests: calmAnswers.length, otherOrg429: 0 });
  });
});
