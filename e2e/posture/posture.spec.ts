import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an admin recomputes posture, reads the dashboard and a scorecard, attests a manual control until it passes; a manager reads it", async ({ page, baseURL, browser }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const appName = `e2e-posture-${run}`;
  await signIn(page, f.logins.ADMIN);
  // Evidence: a production app calling an external provider, with no SAST import (so LSO-DEV-01 fails).
  const created = await page.request.post("/api/v1/apps", {
    headers: { origin: baseURL! },
    data: { name: appName, lifecycle: "PRODUCTION", criticality: "HIGH", exposure: "PUBLIC", modelUsages: [{ provider: "openai", modelId: "gpt-4o" }] },
  });
  expect(created.status()).toBe(201);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Posture" }).click();
  await expect(page).toHaveURL(/\/posture$/);
  await page.getByRole("button", { name: "Recompute now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Recompute queued|Recomputed/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Recomputed: scores are up to date." })).toBeVisible({ timeout: 90_000 });

  const scores = page.getByRole("table", { name: "Scores by app", exact: true });
  const row = scores.getByRole("row").filter({ has: page.getByRole("link", { name: appName, exact: true }) });
  await expect(row.getByRole("meter", { name: `${appName} score` })).toHaveAttribute("aria-valuetext", /of 100/);
  await page.getByText("How is this computed?").click();
  await expect(page.getByText(/App score = 100 ×/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Family scores by app" }).getByRole("link", { name: appName, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", "/api/v1/posture/export.csv");

  // Sorting by name is keyboard-operable and reflected in aria-sort.
  const nameHeader = scores.getByRole("columnheader", { name: /App/ });
  await nameHeader.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");

  await row.getByRole("link", { name: appName, exact: true }).click();
  await expect(page).toHaveURL(/\/posture\/apps\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: appName })).toBeVisible();

  const sast = page.getByRole("listitem", { name: /^LSO-DEV-01 / });
  await expect(sast.getByText(/^✕\s*Fail$/)).toBeVisible();
  await expect(sast).toContainText("SARIF");
  await sast.getByRole("link", { name: "Open the posture finding →" }).click();
  await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  await page.goBack();

  const modelCard = page.getByRole("listitem", { name: /^LSO-DEV-04 / });
  await expect(modelCard.getByText(/^\?\s*Needs attestation$/)).toBeVisible();
  await modelCard.getByRole("button", { name: "Attest LSO-DEV-04" }).click();
  const form = page.getByRole("form", { name: "Attest LSO-DEV-04" });
  await form.getByLabel("Status").selectOption("PASS");
  await form.getByLabel("Evidence", { exact: true }).fill("too short");
  await form.getByRole("button", { name: "Save attestation" }).click();
  // The API refuses it; its message sits on the field.
  await expect(form.getByLabel("Evidence", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("describe the evidence in at least 10 characters")).toBeVisible();

  await form.getByLabel("Evidence", { exact: true }).fill("Model card for gpt-4o: pinned version, limitations, data terms and cost reviewed by the AI board.");
  await form.getByLabel("Evidence link (optional)").fill("https://wiki.example.com/model-cards/gpt-4o");
  await form.getByRole("button", { name: "Save attestation" }).click();
  await expect(modelCard.getByText(/^✓\s*Pass$/)).toBeVisible({ timeout: 90_000 });
  await expect(modelCard).toContainText("Attested pass");
  await expect(modelCard.getByRole("button", { name: "Withdraw" })).toBeVisible();
  const scorecardUrl = page.url();

  // A manager reads the same scorecard and the exports, without recompute or attestation controls.
  const manager = await browser.newPage();
  await signIn(manager, f.logins.MANAGER);
  await manager.goto(scorecardUrl);
  await expect(manager.getByRole("listitem", { name: /^LSO-DEV-04 / })).toContainText("Attested pass");
  await expect(manager.getByRole("button", { name: /^Attest |^Withdraw$/ })).toHaveCount(0);
  await manager.goto("/posture");
  await expect(manager.getByRole("link", { name: "PDF report" })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Recompute now" })).toHaveCount(0);
  const csv = await manager.request.get("/api/v1/posture/export.csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(appName);
  await manager.close();

  // The catalog entry behind the control link, and the framework view.
  await modelCard.getByRole("link", { name: "Model choice is documented" }).click();
  await expect(page).toHaveURL(/\/posture\/controls#LSO-DEV-04$/);
  await expect(page.getByRole("article", { name: "Model choice is documented" })).toBeInViewport();
  await page.getByRole("navigation", { name: "Posture" }).getByRole("link", { name: "Frameworks" }).click();
  const owasp = page.getByRole("table", { name: "OWASP LLM Top 10 2025 coverage" });
  await expect(owasp.getByRole("row").filter({ hasText: "LLM03" })).toContainText("LSO-DEV-04");
  await expect(page.getByRole("table", { name: "NIST AI RMF coverage" }).getByRole("row")).toHaveCount(5);
});
