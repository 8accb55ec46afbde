import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("org B's admin (session and API key) gets 404 for org A's members, keys and audit exports", async ({ browser, baseURL }) => {
  const victim = await browser.newContext();
  const vp = await victim.newPage();
  await signIn(vp, f.logins.ADMIN);
  const origin = { origin: baseURL! };
  const members = (await (await vp.request.get("/api/v1/members")).json()).members as { id: string; role: string; email: string }[];
  const target = members.find((m) => m.role === "ANALYST")!;
  const key = await (await vp.request.post("/api/v1/api-keys", { headers: origin, data: { name: "victim key", scopes: ["members:read"] } })).json();
  const events = (await (await vp.request.get("/api/v1/audit-events?limit=1")).json()).events as { id: string }[];
  const exp = await (await vp.request.post("/api/v1/audit-exports", { headers: origin, data: {} })).json();

  const attacker = await browser.newContext();
  const ap = await attacker.newPage();
  await signIn(ap, f.attacker);
  const own = await (await ap.request.post("/api/v1/api-keys", { headers: origin, data: { name: "attacker key", scopes: ["members:read", "api-keys:read", "audit:read", "audit:export"] } })).json();
  const bearer = { authorization: `Bearer ${own.secret}` };

  const probes = [
    ap.request.patch(`/api/v1/members/${target.id}`, { headers: origin, data: { role: "ADMIN" } }),
    ap.request.delete(`/api/v1/members/${target.id}`, { headers: origin }),
    ap.request.delete(`/api/v1/api-keys/${key.apiKey.id}`, { headers: origin }),
    ap.request.get(`/api/v1/audit-exports/${exp.export.id}`),
    ap.request.get(`/api/v1/audit-exports/${exp.export.id}`, { headers: bearer }),
    ap.request.get(`/api/v1/audit-events/${events[0]!.id}`),
    ap.request.get(`/api/v1/audit-events/${events[0]!.id}`, { headers: bearer }),
    ap.request.post("/api/v1/me/active-org", { headers: origin, data: { orgId: f.orgA.id } }),
  ];
  for (const res of await Promise.all(probes)) {
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
  }
  for (const headers of [undefined, bearer]) {
    const list = await ap.request.get("/api/v1/members", { headers });
    expect(JSON.stringify(await list.json())).not.toContain(target.email);
    const events = await ap.request.get("/api/v1/audit-events", { headers });
    expect(JSON.stringify(await events.json())).not.toContain("victim key");
  }
  const after = (await (await vp.request.get("/api/v1/members")).json()).members as { id: string; role: string }[];
  expect(after.find((m) => m.id === target.id)?.role).toBe("ANALYST");
  await victim.close();
  await attacker.close();
});
