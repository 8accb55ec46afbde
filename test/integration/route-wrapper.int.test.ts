import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as membersRoute from "@/app/api/v1/members/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { defineEndpoint } from "@/lib/api/endpoint";
import { defineRoute } from "@/lib/server/route";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

const boom = defineRoute(
  defineEndpoint({ method: "GET", path: "/api/v1/boom", tag: "t", scope: "members:read", summary: "boom", response: z.object({}) }),
  async () => {
    throw new Error("db password=hunter2 at /srv/secret.ts:42");
  },
);

// A body read cut off by the client, as Node's HTTP server reports it.
const clientGone = defineRoute(
  defineEndpoint({ method: "GET", path: "/api/v1/gone", tag: "t", scope: "members:read", summary: "gone", response: z.object({}) }),
  async () => {
    throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
  },
);

describe("defineRoute", () => {
  it("answers 401 without credentials and 415/400 for bad bodies, all in the envelope", async () => {
    const unauth = await call(membersRoute.GET);
    expect(unauth.status).toBe(401);
    expect(unauth.json.error).toMatchObject({ code: "UNAUTHENTICATED", requestId: expect.any(String) });
    expect(unauth.headers.get("x-request-id")).toBe(unauth.json.error.requestId);

    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const malformed = await call(membersRoute.POST, { method: "POST", cookie, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("BAD_REQUEST");
    const wrongType = await call(membersRoute.POST, { method: "POST", cookie, body: "email=x", headers: { "content-type": "text/plain" } });
    expect(wrongType.status).toBe(415);
  });

  it("answers a request its client closed 400, not as a server error", async () => {
    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const res = await call(clientGone, { cookie });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "BAD_REQUEST", message: "The client closed the request" });
  });

  it("hides internals of unexpected errors behind a 500 with a request id", async () => {
    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const res = await call(boom, { cookie });
    expect(res.status).toBe(500);
    expect(res.json.error.code).toBe("INTERNAL");
    expect(res.text).not.toMatch(/hunter2|secret\.ts|at \//);
  });

  it("refuses cookie-authenticated writes from another site", async () => {
    const { members } = await createOrgWithMembers(["ADMIN"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    const res = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "x@example.test", role: "ANALYST" }, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    const noOrigin = await call(membersRoute.POST, { method: "POST", cookie, body: { email: "x@example.test", role: "ANALYST" }, headers: { origin: "" } });
    expect(noOrigin.status).toBe(403);
  });

  it("serves an OpenAPI 3.1 document", async () => {
    const res = await openapiRoute.GET();
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/members", "/api/v1/api-keys/{id}", "/api/v1/audit-events"]));
  });
});
