import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an admin adds an OpenAI key that is only ever shown as its last four, and the rotation page lists it", async ({ page }) => {
  const key = `sk-e2e-${randomBytes(18).toString("hex")}`;
  const tail = `•••• ${key.slice(-4)}`;
  const name = `OpenAI e2e ${Date.now()}`;
  await signIn(page, f.logins.ADMIN);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Integrations", exact: true }).click();
  await expect(page).toHaveURL(/\/integrations$/);
  await page.getByRole("button", { name: "Add integration" }).click();
  const form = page.getByRole("form", { name: "Add integration" });
  await form.getByLabel("Kind", { exact: true }).selectOption("LLM_PROVIDER");
  await form.getByLabel("Provider", { exact: true }).selectOption("openai");
  await form.getByLabel("Name", { exact: true }).fill(name);
  const keyInput = form.getByLabel("API key", { exact: true });
  await expect(keyInput).toHaveAttribute("type", "password");
  await keyInput.fill(key);
  await form.getByRole("button", { name: "Save integration" }).click();

  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  await expect(form).toHaveCount(0);
  const row = page.getByRole("table", { name: "Integrations" }).getByRole("row").filter({ hasText: name });
  await expect(row.getByText(tail)).toBeVisible();
  await expect(row.getByText("Configured")).toBeVisible();
  expect(await page.content()).not.toContain(key);
  expect(await (await page.request.get("/api/v1/integrations")).text()).not.toContain(key);

  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Secrets" }).getByText(tail)).toBeVisible();
  expect(await page.content()).not.toContain(key);

  await page.goto("/integrations/rotation");
  const rotationRow = page.getByRole("table", { name: "Secret rotation" }).getByRole("row").filter({ hasText: name });
  await expect(rotationRow.getByText(tail)).toBeVisible();
  await expect(rotationRow.getByText("Rotation ok")).toBeVisible();
  expect(await page.content()).not.toContain(key);
});

test("an analyst sees integrations without any write action", async ({ page }) => {
  await signIn(page, f.logins.ANALYST);
  await page.goto("/integrations");
  await expect(page.getByRole("heading", { name: "Integrations", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Add integration" })).toHaveCount(0);
});
