import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("each role signs in and sees what the role allows", async ({ page }) => {
  const expectations = [
    { role: "ADMIN", label: "Admin", settings: true },
    { role: "ANALYST", label: "Security analyst", settings: true },
    { role: "MANAGER", label: "Manager", settings: false },
  ] as const;
  for (const e of expectations) {
    await page.context().clearCookies();
    await signIn(page, f.logins[e.role]);
    await expect(page.getByRole("heading", { level: 1, name: f.orgA.name })).toBeVisible();
    await expect(page.getByText(`Role: ${e.label}`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Findings" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(e.settings ? 1 : 0);
  }
});

test("a manager gets the 403 page on Settings > Members, and the API agrees", async ({ page }) => {
  await signIn(page, f.logins.MANAGER);
  const response = await page.goto("/settings/members");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  const api = await page.request.get("/api/v1/members");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("FORBIDDEN");
});

test("wrong password and unknown user get the same message; sign-out ends the session", async ({ page }) => {
  await page.goto("/signin");
  for (const email of [f.logins.ADMIN.email, "nobody@nowhere.test"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("definitely-not-it");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  }
  await signIn(page, f.logins.ANALYST);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: /analyst/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // Replaying the old session cookie must not work: the server-side session was revoked.
  await page.context().addCookies(cookies);
  const replay = await page.request.get("/api/v1/me");
  expect(replay.status()).toBe(401);
});

test("the posture page renders for an analyst, and the API reference renders", async ({ page }) => {
  await signIn(page, f.logins.ANALYST);
  await page.getByRole("link", { name: "Posture" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posture" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Recompute now" })).toBeVisible();
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  await expect(page.getByText("/api/v1/members").first()).toBeVisible();
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
});
