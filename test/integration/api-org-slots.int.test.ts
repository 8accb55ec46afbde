// Each org's share of a web process, through real route handlers: API_MAX_RUNNING_PER_ORG (4) requests of an org
// are handled at once, the next wait in the org's own queue, and past API_MAX_IN_FLIGHT_PER_ORG (16) handled or
// waiting the org gets 429 with Retry-After: 1. Another org is answered at once throughout. Requests are held in
// their handler by JSON push bodies that this test keeps open.
import { describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import * as pushRoute from "@/app/api/v1/ingest/[source]/route";
import { orgRequestSlots } from "@/lib/server/api-rate-limit";
import { call, createApiKeyFor, createOrgWithMembers } from "../factories";

const until = async (what: string, ok: () => boolean) => {
  for (const deadline = Date.now() + 10_000; !ok(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** A JSON push whose body stays open until `finish` is called: the request holds its slot meanwhile. */
function heldPush(apiKey: string) {
  let finish = () => undefined as void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("["));
      finish = () => {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({
          eventTime: new Date().toISOString(), eventSource: "bedrock.amazonaws.com", eventName: "InvokeModel", awsRegion: "us-east-1",
          userIdentity: { arn: "arn:aws:iam::123456789012:role/app" }, recipientAccountId: "123456789012", eventID: crypto.randomUUID(),
        }) + "]"));
        controller.close();
      };
    },
  });
  const req = new Request("http://console.test/api/v1/ingest/aws-cloudtrail", {
    method: "POST", body, duplex: "half", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", host: "console.test" },
  } as RequestInit);
  const answered = pushRoute.POST(req, { params: Promise.resolve({ source: "aws-cloudtrail" }) });
  return { answered, finish: () => finish() };
}

describe("each org's requests in a web process", () => {
  it("runs 4 at once, queues the next behind them, refuses past 16, and never holds another org back", async () => {
    const busy = await createOrgWithMembers(["ADMIN"]);
    const other = await createOrgWithMembers(["ADMIN"]);
    const busyKey = await createApiKeyFor(busy.org.id, busy.members[0]!.user.id, ["ingestion:write", "apps:read"]);
    const otherKey = await createApiKeyFor(other.org.id, other.members[0]!.user.id, ["apps:read"]);

    const held = Array.from({ length: 4 }, () => heldPush(busyKey));
    await until("4 running", () => orgRequestSlots(busy.org.id).running === 4);
    let queuedDone = 0;
    const queued = Array.from({ length: 12 }, () => call(appsRoute.GET, { apiKey: busyKey, path: "/api/v1/apps" }).then((r) => (queuedDone++, r)));
    await until("12 waiting", () => orgRequestSlots(busy.org.id).waiting === 12);
    expect(orgRequestSlots(busy.org.id)).toEqual({ running: 4, waiting: 12 });

    // Another org is answered while the busy org's requests wait.
    expect((await call(appsRoute.GET, { apiKey: otherKey, path: "/api/v1/apps" })).status).toBe(200);
    expect(orgRequestSlots(other.org.id)).toEqual({ running: 0, waiting: 0 });

    // The 17th of the busy org is refused at once.
    const refused = await call(appsRoute.GET, { apiKey: busyKey, path: "/api/v1/apps" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.json.error).toMatchObject({ code: "RATE_LIMITED" });
    expect(queuedDone).toBe(0);

    // Finishing the held requests lets the queue through, every one answered.
    for (const h of held) h.finish();
    const pushed = await Promise.all(held.map(async (h) => { const r = await h.answered; return { status: r.status, body: await r.json() }; }));
    expect(pushed.map((p) => [p.status, p.body.ledger.stored])).toEqual([[207, 1], [207, 1], [207, 1], [207, 1]]);
    expect((await Promise.all(queued)).every((r) => r.status === 200)).toBe(true);
    expect(orgRequestSlots(busy.org.id)).toEqual({ running: 0, waiting: 0 });
  });
});
