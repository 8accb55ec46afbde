// One org for `npm run bench:gateway`: an app, an OpenAI provider integration whose base URL is the upstream stub
// (its API key encrypted like any other), and a virtual key for the app.
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { generateTypedKey } from "@/lib/server/api-key-crypto";
import { db } from "@/lib/server/db";

export async function seedGatewayOrg(upstreamBaseUrl: string) {
  const suffix = String(process.pid);
  const org = await db.organization.create({ data: { slug: `bench-gw-${suffix}`, name: "Bench gateway" } });
  const app = await db.llmApp.create({ data: { orgId: org.id, name: "support-bot" } });
  const integration = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI (stub)", config: { baseUrl: upstreamBaseUrl } } });
  await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: org.id, integrationId: integration.id, purpose: "api_key", value: `sk-proj-${"bench".repeat(10)}` }));
  const key = generateTypedKey("lgk");
  await db.gatewayKey.create({
    data: { orgId: org.id, appId: app.id, integrationId: integration.id, name: "bench", keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4, rpmLimit: 1_000_000, dailyBudgetUsd: 1_000_000 },
  });

  /** p50/p99 of the latency_ms the gateway metered, once `expected` calls have been ingested (or the time is up). */
  async function meteredLatency(expected: number, timeoutMs: number) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await db.$queryRaw<{ n: number; p50: number | null; p99: number | null }[]>`
        SELECT count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
        FROM llm_events WHERE org_id = ${org.id}::uuid AND source = 'gateway'`;
      if ((row && row.n >= expected) || Date.now() > until) return { events: row?.n ?? 0, latency_ms_p50: row?.p50 ?? null, latency_ms_p99: row?.p99 ?? null };
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return { orgId: org.id, token: key.token, meteredLatency };
}
