import { gzipSync } from "node:zlib";
import { Worker } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import * as pushRoute from "@/app/api/v1/ingest/[source]/route";
import * as fileRoute from "@/app/api/v1/ingest/files/[id]/route";
import * as rejectionsRoute from "@/app/api/v1/ingest/files/[id]/rejections/route";
import * as filesRoute from "@/app/api/v1/ingest/files/route";
import * as uploadRoute from "@/app/api/v1/ingest/uploads/route";
import { bullConnectionOptions } from "@/lib/server/redis";
import { registry } from "@/workers/registry";
import { until } from "../helpers/until";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie } from "../factories";

const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

const trail = (i: number) => JSON.stringify({
  eventTime: "2025-03-01T10:00:00Z", eventSource: "iam.amazonaws.com", eventName: "CreateAccessKey", awsRegion: "us-east-1",
  userIdentity: { arn: `arn:aws:iam::123456789012:user/u${i}` }, recipientAccountId: "123456789012", eventID: `e${i}`,
});

const waitDone = (cookie: string, id: string) =>
  until("the file to be processed", async () => {
    const { json } = await call(fileRoute.GET, { cookie, params: { id } });
    return ["DONE", "FAILED"].includes(json.file.status) ? json.file : null;
  });

describe("ingestion API", () => {
  it("uploads a gzip file that the worker processes into a balanced ledger, listed with its quarantine", async () => {
    const { members } = await createOrgWithMembers(["ANALYST"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    workers.push(new Worker("ingest-file", registry["ingest-file"].processor as never, { connection: bullConnectionOptions(), prefix: process.env.QUEUE_PREFIX, concurrency: 1 }));
    const body = gzipSync(Buffer.from([trail(1), trail(2), "oops", trail(3)].join("\n")));
    const res = await call(uploadRoute.POST, { method: "POST", cookie, path: "/api/v1/ingest/uploads?source=aws-cloudtrail&fileName=trail.jsonl.gz", body, headers: { "content-type": "application/gzip" } });
    expect(res.status).toBe(202);
    expect(res.json.file).toMatchObject({ status: "STORED", fileName: "trail.jsonl.gz", source: "aws-cloudtrail", via: "UPLOAD" });
    const done = await waitDone(cookie, res.json.file.id);
    expect(done).toMatchObject({ status: "DONE", lines: 4, stored: 3, duplicates: 0, rejected: 1, reasons: { malformed_json: 1 }, detectedSource: "aws-cloudtrail" });
    const listed = await call(filesRoute.GET, { cookie });
    expect(listed.json.files.map((f: { id: string }) => f.id)).toEqual([res.json.file.id]);
    const q = await call(rejectionsRoute.GET, { cookie, params: { id: res.json.file.id } });
    expect(q.json).toMatchObject({ total: 1, rejections: [{ lineNumber: 3, reason: "malformed_json", rawPreview: "oops" }] });
  });

  it("answers a JSON push 207 with per-record errors, with an ingest API key", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const apiKey = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:write"]);
    const body = `[${trail(1)}, {"nope": true}, ${trail(1)}]`;
    const res = await call(pushRoute.POST, { method: "POST", apiKey, params: { source: "auto" }, body, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(207);
    expect(res.json).toMatchObject({ status: "DONE", ledger: { lines: 3, stored: 1, duplicates: 1, rejected: 1 }, errors: [{ lineNumber: 2, recordIndex: 0, reason: "unknown_format" }] });
    const ndjson = await call(pushRoute.POST, { method: "POST", apiKey, params: { source: "aws-cloudtrail" }, body: `${trail(5)}\n`, headers: { "content-type": "application/x-ndjson" } });
    expect(ndjson.status).toBe(202);
    expect(ndjson.json.ingestionId).toBeTruthy();
  });

  it("checks scopes, media types, sources and tenancy", async () => {
    const { members } = await createOrgWithMembers(["ADMIN", "MANAGER"]);
    const admin = (await sessionCookie(members[0]!.user.id)).cookie;
    const manager = (await sessionCookie(members[1]!.user.id)).cookie;
    const other = await createOrgWithMembers(["ADMIN"]);
    const otherCookie = (await sessionCookie(other.members[0]!.user.id)).cookie;
    expect((await call(uploadRoute.POST, { method: "POST", cookie: manager, body: "x", headers: { "content-type": "text/plain" } })).status).toBe(403);
    expect((await call(uploadRoute.POST, { method: "POST", cookie: admin, body: "x", headers: { "content-type": "image/png" } })).status).toBe(415);
    expect((await call(pushRoute.POST, { method: "POST", cookie: admin, params: { source: "syslog" }, body: "{}", headers: { "content-type": "application/json" } })).status).toBe(400);
    const res = await call(uploadRoute.POST, { method: "POST", cookie: admin, body: trail(1), headers: { "content-type": "text/plain" } });
    expect((await call(fileRoute.GET, { cookie: otherCookie, params: { id: res.json.file.id } })).status).toBe(404);
    expect((await call(rejectionsRoute.GET, { cookie: otherCookie, params: { id: res.json.file.id } })).status).toBe(404);
    expect((await call(filesRoute.GET, { cookie: otherCookie })).json.files).toEqual([]);
  });
});
