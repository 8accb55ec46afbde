import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an admin catalogs a restricted dataset, links it to a public app and sees the risky path in the reachability view", async ({ page, baseURL }) => {
  const run = Date.now().toString(36);
  const appName = `Support bot ${run}`;
  const datasetName = `Customer PII ${run}`;
  await signIn(page, f.logins.ADMIN);

  // The app and its model usage come from the apps API (cookie-authenticated writes must be same-origin).
  const headers = { origin: baseURL! };
  const createdApp = await page.request.post("/api/v1/apps", { headers, data: { name: appName, lifecycle: "PRODUCTION", exposure: "PUBLIC" } });
  expect(createdApp.status()).toBe(201);
  const appBody = (await createdApp.json()) as { app?: { id: string }; id?: string };
  const appId = appBody.app?.id ?? appBody.id;
  const usage = await page.request.post(`/api/v1/apps/${appId}/model-usages`, { headers, data: { provider: "openai", modelId: "gpt-4o", purpose: "chat" } });
  expect(usage.ok()).toBe(true);

  await page.getByRole("link", { name: "Data catalog" }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await page.getByRole("button", { name: "Add dataset" }).click();
  const form = page.getByRole("form", { name: "Add a dataset" });
  await form.getByLabel("Dataset name").fill(datasetName);
  await form.getByLabel("Classification").selectOption("RESTRICTED");
  await form.getByLabel("Owner").fill("data-platform@example.test");
  await form.getByLabel("Approximate size").fill("12 GB");
  await form.getByLabel("Email addresses").check();
  await form.getByLabel("Person names").check();
  await form.getByRole("button", { name: "Add dataset" }).click();

  const row = page.getByRole("table", { name: "Datasets" }).getByRole("row").filter({ hasText: datasetName });
  await expect(row.getByText("Restricted")).toBeVisible();
  await expect(row.getByText("EMAIL_ADDRESS")).toBeVisible();
  await expect(row.getByText("12 GB")).toBeVisible();

  await row.getByRole("link", { name: datasetName }).click();
  await expect(page).toHaveURL(/\/catalog\/datasets\/[0-9a-f-]{36}$/);
  const linkForm = page.getByRole("form", { name: "Link an app" });
  await linkForm.getByLabel("App").selectOption({ label: `${appName} (public)` });
  await linkForm.getByLabel("Access").selectOption("RAG_INDEX");
  await linkForm.getByRole("button", { name: "Link app" }).click();
  const linkRow = page.getByRole("table", { name: "App links" }).getByRole("row").filter({ hasText: appName });
  await expect(linkRow.getByText("RAG index", { exact: true }).first()).toBeVisible();
  await expect(linkRow.getByText("Public app")).toBeVisible();

  await page.getByRole("navigation", { name: "Data catalog" }).getByRole("link", { name: "Reachability" }).click();
  await expect(page).toHaveURL(/\/catalog\/reachability$/);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: datasetName }) });
  await expect(item.getByText("Risky path")).toBeVisible();
  const path = item.getByRole("table", { name: `Apps reaching ${datasetName}` }).getByRole("row").filter({ hasText: appName });
  await expect(path.getByText(/openai · gpt-4o · (direct|gateway)/)).toBeVisible();
  await expect(path.getByText("⚠ Public app")).toBeVisible();

  await page.getByLabel("Only risky paths").check();
  await expect(item).toBeVisible();

  // The change is in the audit log.
  await page.goto("/settings/audit");
  await expect(page.getByRole("table", { name: "Audit events" }).getByText("dataset.linked", { exact: true }).first()).toBeVisible();
});

test("a manager reads the catalog and the reachability view without write actions", async ({ page }) => {
  await signIn(page, f.logins.MANAGER);
  await page.goto("/catalog");
  await expect(page.getByRole("heading", { name: "Data catalog" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Filter datasets" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add dataset" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Data catalog" }).getByRole("link", { name: "Data sources" }).click();
  await expect(page.getByRole("heading", { name: "Data sources", exact: true })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add a data source" })).toHaveCount(0);
  await page.goto("/catalog/reachability");
  await expect(page.getByTestId("reachability-summary")).toBeVisible();
});
