import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { Redis } from "ioredis";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

/** Every key and value in Redis, as text (strings, hashes, lists, sets, sorted sets, streams). */
async function dumpRedis(url: string): Promise<string> {
  const redis = new Redis(url);
  const parts: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "COUNT", 1000);
    cursor = next;
    for (const key of keys) {
      parts.push(key);
      const type = await redis.type(key);
      if (type === "string") parts.push((await redis.get(key)) ?? "");
      else if (type === "hash") parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === "list") parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === "set") parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === "zset") parts.push(JSON.stringify(await redis.zrange(key, "0", "-1")));
      else if (type === "stream") parts.push(JSON.stringify(await redis.xrange(key, "-", "+")));
    }
  } while (cursor !== "0");
  redis.disconnect();
  return parts.join("\n");
}

test("a canary provider key never appears in an API response, page HTML, log line or Redis", async ({ page }) => {
  const canary = `sk-canary-${randomBytes(20).toString("hex")}`;
  const rotated = `sk-canary-${randomBytes(20).toString("hex")}`;
  const seen: string[] = [];
  page.on("response", async (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (/json|html|text|javascript|x-component/.test(type)) seen.push(await res.text().catch(() => ""));
  });
  await signIn(page, f.logins.ADMIN);
  const origin = { origin: new URL(page.url()).origin };
  const created = await page.request.post("/api/v1/integrations", {
    headers: origin,
    data: { kind: "LLM_PROVIDER", provider: "openai", name: `Canary ${Date.now()}`, config: {}, secrets: { api_key: canary } },
  });
  expect(created.status()).toBe(201);
  const body = await created.text();
  seen.push(body);
  const integration = JSON.parse(body).integration as { id: string; secrets: { id: string }[] };
  const rotate = await page.request.post(`/api/v1/integrations/${integration.id}/secrets/${integration.secrets[0]!.id}/rotate`, { headers: origin, data: { value: rotated } });
  expect(rotate.status()).toBe(200);
  seen.push(await rotate.text());

  for (const path of ["/integrations", `/integrations/${integration.id}`, "/integrations/rotation", "/apps", "/catalog", "/settings/audit", "/dashboard"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    seen.push(await page.content());
  }
  for (const path of ["/api/v1/integrations", `/api/v1/integrations/${integration.id}`, "/api/v1/integrations/rotation", "/api/v1/audit-events?limit=200"]) {
    seen.push(await (await page.request.get(path)).text());
  }
  await page.waitForTimeout(500); // let the server flush its logs
  const logs = ["web", "worker"].map((n) => readFileSync(`test-results/${n}.log`, "utf8")).join("\n");
  const redis = await dumpRedis(process.env.REDIS_URL!);

  expect(seen.length).toBeGreaterThan(10);
  for (const secret of [canary, rotated]) {
    expect(seen.filter((text) => text.includes(secret))).toHaveLength(0);
    expect(logs.includes(secret)).toBe(false);
    expect(redis.includes(secret)).toBe(false);
  }
  // The checks above would catch a leak: the last four characters are what the UI shows instead.
  expect(seen.some((text) => text.includes(rotated.slice(-4)))).toBe(true);
});
