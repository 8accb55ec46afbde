import { expect, test, type Page } from "@playwright/test";
import { startLlmUpstreamStub, type LlmUpstreamStub } from "../../test/helpers/llm-upstream-stub";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();
let stub: LlmUpstreamStub;

test.beforeAll(async () => {
  stub = await startLlmUpstreamStub();
});
test.afterAll(async () => {
  await stub.close();
});

/** An app and an OpenAI credential whose base URL is the loopback stub, created through the API as the signed-in admin. */
async function appAndCredential(page: Page, origin: string, run: string) {
  const headers = { origin };
  const app = await page.request.post("/api/v1/apps", { headers, data: { name: `gateway-app-${run}` } });
  expect(app.status()).toBe(201);
  const integration = await page.request.post("/api/v1/integrations", {
    headers, data: { kind: "LLM_PROVIDER", provider: "openai", name: `OpenAI gateway ${run}`, config: { baseUrl: `${stub.url}/v1` }, secrets: { api_key: `sk-upstream-${run}` } },
  });
  expect(integration.status()).toBe(201);
  return { app: (await app.json()).app as { id: string; name: string }, integration: (await integration.json()).integration as { id: string; name: string } };
}

test("an admin creates a virtual key, sees the secret once, calls through it, sets app limits and revokes it", async ({ page, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  await signIn(page, f.logins.ADMIN);
  const { app, integration } = await appAndCredential(page, baseURL!, run);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "AI gateway" }).click();
  await expect(page).toHaveURL(/\/gateway$/);
  await expect(page.getByRole("heading", { level: 1, name: "AI gateway" })).toBeVisible();

  // Create: the API's validation message lands on its field, then the key is created.
  const keyName = `support-bot ${run}`;
  await page.getByRole("button", { name: "New virtual key" }).click();
  const form = page.getByRole("form", { name: "New virtual key" });
  await form.getByLabel("Name", { exact: true }).fill(keyName);
  await form.getByLabel("App", { exact: true }).selectOption({ label: app.name });
  await form.getByLabel("Provider credential").selectOption({ label: `${integration.name} (OpenAI)` });
  await form.getByLabel("Allowed models").fill("gpt-4o-mini, not a model!");
  await form.getByLabel("Requests per minute").fill("60");
  await form.getByLabel("Daily budget (USD)").fill("5");
  await form.getByRole("button", { name: "Create virtual key" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "letters, digits and . : / @ - _ only" })).toBeVisible();
  await form.getByLabel("Allowed models").fill("gpt-4o-mini");
  await form.getByRole("button", { name: "Create virtual key" }).click();

  const created = page.getByRole("region", { name: `Your new virtual key “${keyName}”` });
  await expect(created).toBeVisible();
  await expect(form).toHaveCount(0);
  const secret = (await created.getByTestId("revealed-secret").textContent())!;
  expect(secret).toMatch(/^lgk_/);
  const snippet = created.getByLabel("SDK snippet");
  await expect(snippet).toContainText(`apiKey: "${secret}"`);
  await expect(snippet).toContainText(/baseURL: "https?:\/\/[^"]+\/gateway\/openai\/v1"/); // the console, or GATEWAY_PUBLIC_URL when set
  await expect(snippet).toContainText("new OpenAI({");

  const row = page.getByRole("table", { name: "Virtual keys" }).getByRole("row").filter({ hasText: keyName });
  const [prefix] = secret.match(/^lgk_[^_]+/)!;
  await expect(row).toContainText(`${prefix}…${secret.slice(-4)}`);
  await expect(row).toContainText(app.name);
  await expect(row).toContainText(integration.name);
  await expect(row.getByRole("list", { name: `Models allowed for ${keyName}` })).toHaveText("gpt-4o-mini");
  await expect(row).toContainText("60 req/min");
  await expect(row).toContainText("$5/day");
  await expect(row).toContainText("Active");

  // Shown once: gone after Done, after a reload and from the API.
  await created.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("revealed-secret")).toHaveCount(0);
  await page.reload();
  await expect(row).toContainText("Active");
  expect(await page.content()).not.toContain(secret);
  expect(await (await page.request.get("/api/v1/gateway/keys")).text()).not.toContain(secret);

  // One call through the gateway shows up in the usage once it is metered.
  const client = await playwright.request.newContext({ baseURL });
  const call = await client.post("/gateway/openai/v1/chat/completions", {
    headers: { authorization: `Bearer ${secret}` }, data: { model: "gpt-4o-mini", messages: [{ role: "user", content: `hello ${run}` }] },
  });
  expect(call.status()).toBe(200);
  expect(stub.requests.at(-1)?.headers.authorization).toBe(`Bearer sk-upstream-${run}`);
  const requests = async () => (await (await page.request.get("/api/v1/gateway/usage?days=1")).json()).totals.requests as number;
  await expect.poll(requests, { timeout: 30_000 }).toBe(1);
  await page.getByRole("group", { name: "Usage window" }).getByRole("button", { name: "24 hours" }).click();
  await expect(page).toHaveURL(/\?days=1$/);
  await expect(page.getByLabel("Gateway totals")).toContainText(/Requests\s*1\s*No errors/);
  await expect(page.getByRole("table", { name: "Usage by key" }).getByRole("row").filter({ hasText: keyName })).toBeVisible();
  await expect(page.getByRole("meter", { name: `Guardrail coverage of ${app.name}` })).toBeVisible();
  // Usage of one app: the filter keeps the call and is kept in the URL.
  await page.getByLabel("App", { exact: true }).selectOption({ label: app.name });
  await expect(page).toHaveURL(new RegExp(`app=${app.id}`));
  await expect(page.getByLabel("Gateway totals")).toContainText(/Requests\s*1\s*No errors/);

  // App limits persist after a reload; blank stays "no limit".
  await page.getByLabel("App to configure").selectOption({ label: app.name });
  const limits = page.getByRole("form", { name: `Gateway limits of ${app.name}` });
  await expect(limits.getByText("No limits set yet.")).toBeVisible();
  await limits.getByLabel("Requests per minute").fill("120");
  await limits.getByLabel("Monthly budget (USD)").fill("250.5");
  await limits.getByLabel("Max output tokens per request").fill("4096");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(limits.getByText("Limits saved.")).toBeVisible();
  await page.reload();
  await page.getByLabel("App to configure").selectOption({ label: app.name });
  await expect(limits.getByLabel("Requests per minute")).toHaveValue("120");
  await expect(limits.getByLabel("Monthly budget (USD)")).toHaveValue("250.5");
  await expect(limits.getByLabel("Max output tokens per request")).toHaveValue("4096");
  await expect(limits.getByLabel("Tokens per minute")).toHaveValue("");
  await expect(limits.getByText(/^Last changed/)).toBeVisible();

  // The org setting toggles and persists (and is put back).
  const keep = page.getByRole("switch", { name: "Keep redacted prompts and responses of gateway calls" });
  await expect(keep).toHaveAttribute("aria-checked", "false");
  await keep.click();
  await expect(keep).toHaveAttribute("aria-checked", "true");
  await expect(keep).toBeEnabled();
  await page.reload();
  await expect(keep).toHaveAttribute("aria-checked", "true");
  await keep.click();
  await expect(keep).toHaveAttribute("aria-checked", "false");
  await expect(keep).toBeEnabled();

  // Revoke after a confirmation: the row says Revoked and the key stops working.
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: `Revoke ${keyName}` }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  const refused = await client.post("/gateway/openai/v1/chat/completions", {
    headers: { authorization: `Bearer ${secret}` }, data: { model: "gpt-4o-mini", messages: [{ role: "user", content: "again" }] },
  });
  expect(refused.status()).toBe(401);
  await client.dispose();
});

test("a manager sees the gateway read-only; another org's admin gets 404 for this org's key and app", async ({ browser, page, baseURL }) => {
  const run = `m${Date.now().toString(36)}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, f.logins.ADMIN);
  const { app, integration } = await appAndCredential(admin, baseURL!, run);
  const made = await admin.request.post("/api/v1/gateway/keys", {
    headers: { origin: baseURL! }, data: { name: `read-only view ${run}`, appId: app.id, integrationId: integration.id, allowedModels: [], rpmLimit: 30 },
  });
  expect(made.status()).toBe(201);
  const key = (await made.json()).key as { id: string };

  await signIn(page, f.logins.MANAGER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "AI gateway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "AI gateway" })).toBeVisible();
  const row = page.getByRole("table", { name: "Virtual keys" }).getByRole("row").filter({ hasText: `read-only view ${run}` });
  await expect(row).toContainText("30 req/min");
  await expect(row).toContainText("Active");
  await expect(page.getByRole("button", { name: "New virtual key" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await expect(page.getByRole("switch", { name: "Keep redacted prompts and responses of gateway calls" })).toBeDisabled();
  await page.getByLabel("App to configure").selectOption({ label: app.name });
  const limits = page.getByRole("form", { name: `Gateway limits of ${app.name}` });
  await expect(limits.getByLabel("Requests per minute")).toBeDisabled();
  await expect(limits.getByRole("button", { name: "Save limits" })).toHaveCount(0);
  const refused = await page.request.post("/api/v1/gateway/keys", {
    headers: { origin: baseURL! }, data: { name: "not allowed", appId: app.id, integrationId: integration.id },
  });
  expect(refused.status()).toBe(403);

  const attacker = await (await browser.newContext()).newPage();
  await signIn(attacker, f.attacker);
  const probes = await Promise.all([
    attacker.request.delete(`/api/v1/gateway/keys/${key.id}`, { headers: { origin: baseURL! } }),
    attacker.request.get(`/api/v1/gateway/apps/${app.id}`),
    attacker.request.put(`/api/v1/gateway/apps/${app.id}`, {
      headers: { origin: baseURL! }, data: { rpmLimit: 1, tpmLimit: null, dailyBudgetUsd: null, monthlyBudgetUsd: null, maxInputTokens: null, maxOutputTokens: null },
    }),
  ]);
  expect(probes.map((p) => p.status())).toEqual([404, 404, 404]);
  expect(await (await attacker.request.get("/api/v1/gateway/keys")).text()).not.toContain(key.id);
});
