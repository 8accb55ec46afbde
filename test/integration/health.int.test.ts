import { describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as systemRoute from "@/app/api/v1/system/route";
import { redis } from "@/lib/server/redis";
import { startHeartbeat } from "@/workers/heartbeat";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

describe("health", () => {
  it("is 503 without a worker heartbeat and 200 with one", async () => {
    const down = await healthRoute.GET();
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.redis.ok).toBe(true);
    expect(body.checks.worker).toMatchObject({ ok: false, workers: 0, error: "unavailable" });

    const stop = startHeartbeat(redis(), ["audit-export"]);
    await new Promise((r) => setTimeout(r, 100));
    const up = await healthRoute.GET();
    expect(up.status).toBe(200);

    const { members } = await createOrgWithMembers(["ANALYST", "MANAGER"]);
    const analyst = await sessionCookie(members[0]!.user.id);
    const system = await call(systemRoute.GET, { cookie: analyst.cookie });
    expect(system.status).toBe(200);
    expect(system.json.workers).toHaveLength(1);
    expect(system.json.queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(["audit-export", "maintenance", "encryption-rewrap"]));
    const manager = await sessionCookie(members[1]!.user.id);
    expect((await call(systemRoute.GET, { cookie: manager.cookie })).status).toBe(403);
    await stop();
  });
});
