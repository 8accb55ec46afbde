import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();
const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

/** A Bedrock model-invocation log record, a few minutes old (inside the default "last 7 days" window). */
const invocation = (run: string, i: number) => ({
  schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
  accountId: "123456789012", region: "us-east-1", requestId: `e2e-${run}-${i}`, operation: "Converse", modelId: MODEL,
  identity: { arn: `arn:aws:sts::123456789012:assumed-role/e2e-events/${run}` },
  input: { inputContentType: "application/json", inputTokenCount: 40 + i, inputBodyJson: { messages: [{ role: "user", content: [{ text: `Summarise ticket ${run}-${i}` }] }] } },
  output: { outputContentType: "application/json", outputTokenCount: 12, outputBodyJson: { output: { message: { role: "assistant", content: [{ text: `Summary ${i}.` }] } }, usage: { inputTokens: 40 + i, outputTokens: 12 } } },
});

test("an admin ingests two Bedrock invocations, finds them in the events explorer, opens one, and sees them in the usage chart", async ({ page, baseURL }) => {
  const run = Date.now().toString(36);
  await signIn(page, f.logins.ADMIN);

  const pushed = await page.request.post("/api/v1/ingest/aws-bedrock-invocation", { headers: { origin: baseURL! }, data: [invocation(run, 0), invocation(run, 1)] });
  expect(pushed.status()).toBe(207);
  expect(((await pushed.json()) as { ledger: { stored: number } }).ledger.stored).toBe(2);

  await page.goto("/ingestion/events");
  await expect(page.getByRole("tab", { name: "LLM calls" })).toHaveAttribute("aria-selected", "true");
  const search = page.getByRole("search", { name: "Filter by model and principal" });
  await search.getByLabel("Principal").fill(`e2e-events/${run}`);
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`principal=e2e-events%2F${run}`));
  const table = page.getByRole("table", { name: "LLM calls" });
  await expect(table.getByRole("row")).toHaveCount(3); // header + 2 calls
  await expect(table.getByText(MODEL).first()).toBeVisible();
  await expect(table.getByText("Unmapped (shadow AI)").first()).toBeVisible();

  // The filtered view survives a reload (it lives in the URL), and a row opens its detail page.
  await page.reload();
  await expect(page.getByRole("table", { name: "LLM calls" }).getByRole("row")).toHaveCount(3);
  await page.getByRole("table", { name: "LLM calls" }).getByRole("row").nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/\/ingestion\/events\/llm\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "Prompt (redacted)" })).toContainText(`Summarise ticket ${run}-0`);
  await expect(page.getByText(`arn:aws:sts::123456789012:assumed-role/e2e-events/${run}`, { exact: true })).toBeVisible();
  await expect(page.getByText("No DLP findings")).toBeVisible();

  await page.getByRole("link", { name: /All LLM calls/ }).click();
  await page.getByRole("tab", { name: "Cloud audit" }).click();
  await expect(page).toHaveURL(/tab=cloud/);

  await page.getByRole("navigation", { name: "Ingestion" }).getByRole("link", { name: "Usage & cost" }).click();
  await expect(page).toHaveURL(/\/ingestion\/usage/);
  await page.getByRole("button", { name: "Model" }).click();
  await expect(page).toHaveURL(/groupBy=model/);
  await expect(page.getByTestId("usage-chart-tokens").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Usage totals by model" }).getByRole("row").filter({ hasText: MODEL })).toBeVisible();
});
