import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an admin adds a member, creates and revokes an API key, and the audit log shows it all", async ({ page, playwright, baseURL }) => {
  const newEmail = `new-${Date.now()}@a.e2e.test`;
  await signIn(page, f.logins.ADMIN);

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await page.getByLabel("Email", { exact: true }).fill(newEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("MANAGER");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`Temporary password for ${newEmail}`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: newEmail });
  await expect(row).toBeVisible();
  await row.getByLabel(`Role of ${newEmail}`).selectOption("ANALYST");
  await expect(row.getByLabel(`Role of ${newEmail}`)).toHaveValue("ANALYST");

  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await page.getByLabel("Name", { exact: true }).fill("log shipper");
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("revealed-secret").textContent())!.trim();
  expect(secret).toMatch(/^lsk_/);

  const api = await playwright.request.newContext({ baseURL });
  const ok = await api.get("/api/v1/members", { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(JSON.stringify(await ok.json())).toContain(newEmail);

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByText(secret)).toHaveCount(0); // shown once, gone after dismissal
  const keyRow = page.getByRole("row").filter({ hasText: "log shipper" });
  page.once("dialog", (d) => void d.accept());
  await keyRow.getByRole("button", { name: /Revoke/ }).click();
  await expect(keyRow.getByText("revoked")).toBeVisible();
  expect((await api.get("/api/v1/members", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
  await api.dispose();

  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/settings\/audit$/);
  const log = page.getByRole("table", { name: "Audit events" });
  for (const action of ["api_key.revoked", "api_key.created", "member.role_changed", "member.added"]) {
    await expect(log.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await page.getByLabel("Action", { exact: true }).fill("api_key.");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(log.getByText("member.added")).toHaveCount(0);
  await expect(log.getByText("api_key.created").first()).toBeVisible();

  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = page.getByRole("link", { name: /Download CSV \(\d+ rows\)/ });
  await expect(download).toBeVisible({ timeout: 20_000 });
  const csv = await page.request.get((await download.getAttribute("href"))!);
  expect(await csv.text()).toContain("api_key.revoked");
});

test("the system page shows Postgres, Redis and the worker as healthy", async ({ page }) => {
  await signIn(page, f.logins.ANALYST);
  await page.goto("/settings/system");
  for (const name of ["postgres", "redis", "worker"]) {
    await expect(page.getByTestId(`check-${name}`).getByText("healthy")).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "Queues" }).getByText("audit-export")).toBeVisible();
});
