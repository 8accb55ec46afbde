import { Worker } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as exportsRoute from "@/app/api/v1/audit-exports/route";
import * as exportRoute from "@/app/api/v1/audit-exports/[id]/route";
import * as downloadRoute from "@/app/api/v1/audit-exports/[id]/download/route";
import { db } from "@/lib/server/db";
import { bullConnectionOptions } from "@/lib/server/redis";
import { registry } from "@/workers/registry";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

async function seedEvents(orgId: string, n: number) {
  await db.auditEvent.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      orgId, actorType: "SYSTEM" as const, actorLabel: i % 2 ? "=cmd|calc" : "seed", action: i % 3 ? "member.added" : "api_key.created", resourceType: "test", summary: { i },
    })),
  });
}

describe("audit log", () => {
  it("pages newest-first with a keyset cursor and filters by action prefix", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    await seedEvents(org.id, 120);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(auditRoute.GET, { cookie, path: `/api/v1/audit-events?limit=50${cursor ? `&cursor=${cursor}` : ""}` });
      expect(res.status).toBe(200);
      const ids = res.json.events.map((e: { id: string }) => e.id);
      expect([...ids].sort((x, y) => Number(y) - Number(x))).toEqual(ids);
      ids.forEach((id: string) => seen.add(id));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.size).toBe(120 + 1); // plus the login audit event from sessionCookie()
    const overflow = await call(auditRoute.GET, { cookie, path: "/api/v1/audit-events?cursor=9999999999999999999" });
    expect(overflow.status).toBe(400);
    const filtered = await call(auditRoute.GET, { cookie, path: "/api/v1/audit-events?action=api_key.&limit=200" });
    expect(filtered.json.events.every((e: { action: string }) => e.action.startsWith("api_key."))).toBe(true);
    expect(filtered.json.events).toHaveLength(40);
  });

  it("is append-only in the database", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    await seedEvents(org.id, 1);
    await expect(db.auditEvent.updateMany({ where: { orgId: org.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { orgId: org.id } })).rejects.toThrow(/append-only/);
  });

  it("exports CSV through the real queue and worker processor", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    await seedEvents(org.id, 30);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const reg = registry["audit-export"];
    workers.push(new Worker("audit-export", reg.processor as never, { connection: bullConnectionOptions(), prefix: process.env.QUEUE_PREFIX, concurrency: 1 }));

    const started = await call(exportsRoute.POST, { method: "POST", cookie, body: { action: "member." } });
    expect(started.status).toBe(201);
    const id = started.json.export.id as string;
    let status = started.json.export.status as string;
    for (let i = 0; i < 100 && !["SUCCEEDED", "FAILED"].includes(status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await call(exportRoute.GET, { cookie, params: { id } })).json.export.status;
    }
    expect(status).toBe("SUCCEEDED");
    const csv = await call(downloadRoute.GET, { cookie, params: { id } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toContain("actor_type");
    expect(lines.length - 1).toBe(20);
    expect(csv.text).toContain("'=cmd|calc"); // formula injection defused
  });
});
