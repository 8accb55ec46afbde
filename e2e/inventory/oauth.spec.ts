import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();
// A client registered at the loopback IdP for $NEXTAUTH_URL/api/v1/integrations/oauth/callback
// (scripts/test.ts passes it to test/oidc/serve.ts through OIDC_EXTRA_CLIENTS).
const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run e2e through \`npm test -- e2e\` (scripts/test.ts sets it)`);
  return value;
};
const issuer = required("OIDC_ISSUER");
const clientId = required("OAUTH_E2E_CLIENT_ID");
const clientSecret = required("OAUTH_E2E_CLIENT_SECRET");

test("an admin connects a generic OIDC integration through the IdP's sign-in, sees it connected, then disconnects", async ({ page }) => {
  const name = `Loopback IdP ${Date.now()}`;
  await signIn(page, f.logins.ADMIN);

  await page.goto("/integrations");
  await page.getByRole("button", { name: "Add integration" }).click();
  const form = page.getByRole("form", { name: "Add integration" });
  await form.getByLabel("Kind", { exact: true }).selectOption("OAUTH_CONNECTION");
  await form.getByLabel("Provider", { exact: true }).selectOption("generic-oidc");
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Issuer (OIDC discovery)", { exact: true }).fill(issuer);
  await form.getByLabel("Client ID", { exact: true }).fill(clientId);
  await form.getByLabel("Client secret", { exact: true }).fill(clientSecret);
  await form.getByRole("button", { name: "Save integration" }).click();
  const row = page.getByRole("table", { name: "Integrations" }).getByRole("row").filter({ hasText: name });
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const panel = page.getByRole("region", { name: "OAuth connection" });
  await expect(panel.getByRole("button", { name: "Disconnect" })).toHaveCount(0);
  await panel.getByRole("button", { name: "Connect", exact: true }).click();

  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByLabel("Email").fill(f.sso.email);
  await page.getByLabel("Password").fill(f.sso.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/integrations\/[0-9a-f-]{36}\?oauth=connected$/);
  await expect(panel.getByRole("status")).toContainText("Connected: the provider issued tokens");
  await expect(panel.getByText("Connected", { exact: true })).toBeVisible();
  await expect(panel.getByText("Automatic, 5 minutes before expiry")).toBeVisible();
  expect(await page.content()).not.toContain(clientSecret);

  const id = new URL(page.url()).pathname.split("/").pop()!;
  const status = await page.request.get(`/api/v1/integrations/${id}/oauth`);
  expect(await status.json()).toMatchObject({ connection: { status: "CONNECTED", connected: true, hasRefreshToken: true } });
  expect(await status.text()).not.toContain(clientSecret);

  page.once("dialog", (d) => void d.accept());
  await panel.getByRole("button", { name: "Disconnect" }).click();
  await expect(panel.getByText("Disconnected", { exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Connect", exact: true })).toBeVisible();
});

test("a manager sees the connection status without Connect or Disconnect", async ({ page, baseURL }) => {
  await signIn(page, f.logins.MANAGER);
  const id = f.oauthIntegrationId; // seeded by e2e/fixtures/seed.ts, so this test does not depend on the one above
  await page.goto(`/integrations/${id}`);
  const panel = page.getByRole("region", { name: "OAuth connection" });
  await expect(panel.getByText("Status", { exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: /Connect|Disconnect/ })).toHaveCount(0);
  const refused = await page.request.post(`/api/v1/integrations/${id}/oauth/authorize`, { headers: { origin: baseURL! } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain("integrations:manage");
});
