import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an admin registers an app with two model usages and finds it in the list and on its page with the data-flow diagram", async ({ page }) => {
  const name = `Support Copilot ${Date.now()}`;
  await signIn(page, f.logins.ADMIN);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Apps" }).click();
  await expect(page).toHaveURL(/\/apps$/);
  await page.getByRole("link", { name: "Register app" }).click();
  await expect(page).toHaveURL(/\/apps\/new$/);

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill("Answers customer tickets from the help center");
  await page.getByLabel("Lifecycle", { exact: true }).selectOption("PRODUCTION");
  await page.getByLabel("Criticality", { exact: true }).selectOption("HIGH");
  await page.getByLabel("Exposure", { exact: true }).selectOption("PUBLIC");
  await page.getByLabel("Framework", { exact: true }).selectOption("langchain");
  await page.getByLabel("Environments").fill("staging, prod");

  const first = page.getByRole("group", { name: "Model 1" });
  await first.getByLabel("Provider").selectOption("openai");
  await first.getByLabel("Model id").fill("gpt-4o");
  await page.getByRole("button", { name: "Add another model" }).click();
  const second = page.getByRole("group", { name: "Model 2" });
  await second.getByLabel("Provider").selectOption("anthropic");
  await second.getByLabel("Model id").fill("claude-sonnet-4");
  await second.getByLabel("Purpose").selectOption("agent");
  await second.getByLabel("Via gateway").check();
  await page.getByRole("button", { name: "Register app" }).click();

  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const diagram = page.getByRole("img", { name: new RegExp(`^Data flow of ${name}: 0 data inputs flow into the app, which calls 2 model providers`) });
  await expect(diagram).toBeVisible();
  await expect(diagram.getByText("gpt-4o (chat)")).toBeVisible();
  await expect(diagram.getByText("claude-sonnet-4 (agent)")).toBeVisible();
  await page.getByText("Data flow as a list").click();
  await expect(page.getByRole("list", { name: "Data flow" }).getByText("The app calls Anthropic: claude-sonnet-4 (agent) (via gateway)")).toBeVisible();
  const usages = page.getByRole("table", { name: "Model usages" });
  await expect(usages.getByRole("row")).toHaveCount(3);
  await expect(usages.getByRole("code").filter({ hasText: "claude-sonnet-4" })).toBeVisible();

  await page.getByRole("link", { name: "All apps" }).click();
  await expect(page).toHaveURL(/\/apps$/);
  await page.getByLabel("Search").fill(name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\?q=/);
  const row = page.getByRole("table", { name: "Apps" }).getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByText("Production")).toBeVisible();
  await expect(row.getByText("OpenAI")).toBeVisible();
  await expect(row.getByText("Anthropic")).toBeVisible();
  await page.getByLabel("Provider").selectOption("cohere");
  await expect(page.getByText("No apps match these filters")).toBeVisible();
});

test("an analyst reads the apps inventory but gets no write actions, and the new-app page is forbidden", async ({ page }) => {
  await signIn(page, f.logins.ANALYST);
  await page.goto("/apps");
  await expect(page.getByRole("heading", { level: 1, name: "Apps" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Register app" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Register an app" })).toHaveCount(0);
  const response = await page.goto("/apps/new");
  expect(response?.status()).toBe(403);
  const api = await page.request.post("/api/v1/apps", { data: { name: "Not allowed" }, headers: { origin: new URL(page.url()).origin } });
  expect(api.status()).toBe(403);
});
