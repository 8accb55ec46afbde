import { describe, expect, it } from "vitest";
import * as priceRoute from "@/app/api/v1/model-prices/[id]/route";
import * as pricesRoute from "@/app/api/v1/model-prices/route";
import { priceFor } from "@/lib/pricing/price";
import { loadPrices } from "@/lib/pricing/server/load-prices";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie } from "../factories";

const override = { provider: "openai", model: "GPT-4o", inputPerMTokUsd: 2.123456, outputPerMTokUsd: 8, effectiveFrom: "2025-01-01", note: "negotiated" };

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id).then((s) => s.cookie)));
  return { org, admin: admin!, analyst: analyst!, manager: manager! };
}

describe("model prices API", () => {
  it("lists the catalog, creates, updates and deletes org overrides with audit events", async () => {
    const { org, admin, manager } = await setup();
    const listed = await call(pricesRoute.GET, { cookie: manager });
    expect(listed.status).toBe(200);
    expect(listed.json.catalogCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const builtin4o = listed.json.prices.find((p: { model: string; effectiveFrom: string }) => p.model === "gpt-4o" && p.effectiveFrom === "2024-10-02");
    expect(builtin4o).toMatchObject({ id: null, origin: "builtin", provider: "openai", inputPerMTokUsd: 2.5, outputPerMTokUsd: 10, overridden: false, updatedAt: null });

    const created = await call(pricesRoute.POST, { method: "POST", cookie: admin, body: override });
    expect(created.status).toBe(201);
    expect(created.json.price).toMatchObject({ origin: "org", provider: "openai", model: "gpt-4o", inputPerMTokUsd: 2.123456, outputPerMTokUsd: 8, effectiveFrom: "2025-01-01", note: "negotiated" });
    const id = created.json.price.id as string;

    const after = await call(pricesRoute.GET, { cookie: admin });
    expect(after.json.prices.filter((p: { model: string; overridden: boolean }) => p.model === "gpt-4o").map((p: { origin: string; overridden: boolean }) => [p.origin, p.overridden]))
      .toEqual([["builtin", true], ["builtin", true], ["org", false]]);

    const prices = await loadPrices(org.id);
    expect(priceFor(prices, "azure.ai.openai", "gpt-4o-2024-11-20", new Date("2025-03-01T00:00:00Z"))).toMatchObject({ id, origin: "org", inputPerMTokUsd: 2.123456 });
    expect(priceFor(prices, "openai", "gpt-4o", new Date("2024-12-01T00:00:00Z"))).toMatchObject({ origin: "builtin", inputPerMTokUsd: 2.5 });

    const patched = await call(priceRoute.PATCH, { method: "PATCH", cookie: admin, params: { id }, body: { outputPerMTokUsd: 7.5, effectiveFrom: "2025-02-01" } });
    expect(patched.status).toBe(200);
    expect(patched.json.price).toMatchObject({ id, inputPerMTokUsd: 2.123456, outputPerMTokUsd: 7.5, effectiveFrom: "2025-02-01" });

    const duplicate = await call(pricesRoute.POST, { method: "POST", cookie: admin, body: { ...override, effectiveFrom: "2025-02-01" } });
    expect(duplicate.status).toBe(409);

    const deleted = await call(priceRoute.DELETE, { method: "DELETE", cookie: admin, params: { id } });
    expect(deleted.status).toBe(200);
    expect(await db.modelPrice.count({ where: { orgId: org.id } })).toBe(0);
    expect((await call(priceRoute.DELETE, { method: "DELETE", cookie: admin, params: { id } })).status).toBe(404);

    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, resourceType: "model_price" }, orderBy: { id: "asc" }, select: { action: true, resourceId: true, summary: true } });
    expect(audit.map((a) => a.action)).toEqual(["model_price.created", "model_price.updated", "model_price.deleted"]);
    expect(audit[1]!.summary).toMatchObject({ before: { outputPerMTokUsd: 8, effectiveFrom: "2025-01-01" }, after: { outputPerMTokUsd: 7.5, effectiveFrom: "2025-02-01" } });
  });

  it("refuses writes to analysts and managers", async () => {
    const { admin, analyst, manager } = await setup();
    for (const cookie of [analyst, manager]) {
      expect((await call(pricesRoute.POST, { method: "POST", cookie, body: override })).status).toBe(403);
    }
    const { json } = await call(pricesRoute.POST, { method: "POST", cookie: admin, body: override });
    for (const cookie of [analyst, manager]) {
      expect((await call(priceRoute.PATCH, { method: "PATCH", cookie, params: { id: json.price.id }, body: { note: "x" } })).status).toBe(403);
      expect((await call(priceRoute.DELETE, { method: "DELETE", cookie, params: { id: json.price.id } })).status).toBe(403);
    }
    expect((await call(pricesRoute.GET, { cookie: analyst })).status).toBe(200);
  });

  it("answers 404 for another organization's price and never lists it", async () => {
    const a = await setup();
    const b = await setup();
    const { json } = await call(pricesRoute.POST, { method: "POST", cookie: a.admin, body: override });
    expect((await call(priceRoute.PATCH, { method: "PATCH", cookie: b.admin, params: { id: json.price.id }, body: { note: "mine" } })).status).toBe(404);
    expect((await call(priceRoute.DELETE, { method: "DELETE", cookie: b.admin, params: { id: json.price.id } })).status).toBe(404);
    const listed = await call(pricesRoute.GET, { cookie: b.admin });
    expect(listed.json.prices.some((p: { origin: string }) => p.origin === "org")).toBe(false);
    expect((await loadPrices(b.org.id)).some((p) => p.origin === "org")).toBe(false);
    expect(await db.modelPrice.findUnique({ where: { id: json.price.id }, select: { note: true } })).toEqual({ note: "negotiated" });
  });

  it("validates prices, ids and dates", async () => {
    const { admin } = await setup();
    const bad = [
      { ...override, inputPerMTokUsd: -1 },
      { ...override, outputPerMTokUsd: 1.1234567 },
      { ...override, inputPerMTokUsd: 1_000_000 },
      { ...override, inputPerMTokUsd: "2.5" },
      { ...override, effectiveFrom: "2025-13-01" },
      { ...override, effectiveFrom: "2025-01-01T00:00:00Z" },
      { ...override, provider: "Open AI" },
      { ...override, model: "" },
      { ...override, model: "gpt 4o" },
      { ...override, model: "x".repeat(201) },
      { ...override, note: "n".repeat(301) },
      { ...override, orgId: "00000000-0000-4000-8000-000000000000" },
    ];
    for (const body of bad) expect((await call(pricesRoute.POST, { method: "POST", cookie: admin, body })).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    const { json } = await call(pricesRoute.POST, { method: "POST", cookie: admin, body: override });
    expect((await call(priceRoute.PATCH, { method: "PATCH", cookie: admin, params: { id: json.price.id }, body: {} })).status).toBe(400);
    expect((await call(priceRoute.PATCH, { method: "PATCH", cookie: admin, params: { id: "not-a-uuid" }, body: { note: "x" } })).status).toBe(400);
  });
});
