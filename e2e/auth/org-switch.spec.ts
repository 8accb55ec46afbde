import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("a user in two organizations switches between them, with the role of each", async ({ page }) => {
  await signIn(page, f.logins.ADMIN);
  await expect(page.getByText("Role: Admin")).toBeVisible();
  await page.getByLabel("Organization").selectOption({ label: f.orgC.name });
  await expect(page.getByRole("heading", { level: 1, name: f.orgC.name })).toBeVisible();
  await expect(page.getByText("Role: Manager")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  expect((await page.request.get("/api/v1/members")).status()).toBe(403);

  await page.getByLabel("Organization").selectOption({ label: f.orgA.name });
  await expect(page.getByRole("heading", { level: 1, name: f.orgA.name })).toBeVisible();
  await expect(page.getByText("Role: Admin")).toBeVisible();
});
