import { expect, test } from "@playwright/test";
import { fixtures } from "../fixtures";

const f = fixtures();

test("signs in through the loopback OpenID provider and lands in the member's org", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Loopback IdP" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByLabel("Email").fill(f.sso.email);
  await page.getByLabel("Password").fill(f.sso.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: f.orgA.name })).toBeVisible();
  await expect(page.getByText("Role: Security analyst")).toBeVisible();
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.user.email).toBe(f.sso.email);
});
