import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();
// An AWS-shaped access key id (not a real one, and not the documented EXAMPLE key the detector ignores).
const AWS_LIKE_KEY = "AKIAZ7VRSQ5TJN2XKQ4M";

test("an admin writes a custom rule against the live test box, and a ReDoS pattern is refused", async ({ page }) => {
  const ruleId = `emp-${Date.now().toString(36)}`;
  await signIn(page, f.logins.ADMIN);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "DLP" }).click();
  await expect(page).toHaveURL(/\/dlp$/);
  await page.getByRole("navigation", { name: "Data loss prevention" }).getByRole("link", { name: "Custom rules" }).click();
  await expect(page).toHaveURL(/\/dlp\/rules$/);
  await page.getByRole("button", { name: "Add rule" }).click();

  const form = page.getByRole("form", { name: "Add a custom rule" });
  await form.getByLabel("Rule id").fill(ruleId);
  await form.getByLabel("Name", { exact: true }).fill("Employee badge");
  await form.getByLabel("Pattern", { exact: true }).fill(String.raw`EMP-\d{6}`);
  await form.getByLabel("Test text").fill("Badges EMP-123456 and EMP-654321 are valid; EMP-12 is not.");
  await expect(form.getByTestId("rule-test-verdict")).toContainText("Accepted");
  await expect(form.getByTestId("rule-test-count")).toHaveText("2 matches");
  const highlighted = form.getByRole("region", { name: "Test text with matches highlighted" });
  await expect(highlighted.locator("mark")).toHaveText(["EMP-123456", "EMP-654321"]);

  // Nested quantifiers backtrack exponentially: the test box says so, and saving is refused next to the field.
  await form.getByLabel("Pattern", { exact: true }).fill("(a+)+b");
  await expect(form.getByTestId("rule-test-verdict")).toContainText("Refused");
  await expect(form.getByTestId("rule-test-verdict")).toContainText(/catastrophically/);
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form.getByRole("alert").filter({ hasText: /catastrophically/ })).toBeVisible();

  await form.getByLabel("Pattern", { exact: true }).fill(String.raw`EMP-\d{6}`);
  await expect(form.getByTestId("rule-test-count")).toHaveText("2 matches");
  await form.getByRole("button", { name: "Add rule" }).click();
  const row = page.getByRole("table", { name: "Custom rules" }).getByRole("row").filter({ hasText: ruleId });
  await expect(row.getByText(String.raw`EMP-\d{6}`)).toBeVisible();
  await expect(row.getByRole("switch", { name: `Enable ${ruleId}` })).toBeChecked();

  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: `Delete ${ruleId}` }).click();
  await expect(row).toHaveCount(0);
});

test("an admin saves the org default policy with action Block and it is still there after a reload", async ({ page, baseURL }) => {
  await signIn(page, f.logins.ADMIN);
  const headers = { origin: baseURL! };
  const before = (await (await page.request.get("/api/v1/dlp/policies")).json()) as { orgDefault: Record<string, unknown> };
  const { detectors, thresholds, disabledTypes, action, operator } = before.orgDefault;
  try {
    await page.goto("/dlp/policies");
    const form = page.getByRole("form", { name: "Organization default policy" });
    await form.getByRole("radio", { name: /^Block/ }).check();
    await form.getByRole("button", { name: "Save default policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Default policy saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("form", { name: "Organization default policy" }).getByRole("radio", { name: /^Block/ })).toBeChecked();
  } finally {
    // Other specs scan under the org default: put it back.
    const restored = await page.request.put("/api/v1/dlp/policies/default", { headers, data: { detectors, thresholds, disabledTypes, action, operator } });
    expect(restored.ok()).toBe(true);
  }
});

test("an admin adds a sample with an email and an AWS-like key to a dataset, scans it and sees the findings", async ({ page, baseURL }) => {
  const datasetName = `Support tickets ${Date.now().toString(36)}`;
  await signIn(page, f.logins.ADMIN);
  const created = await page.request.post("/api/v1/datasets", { headers: { origin: baseURL! }, data: { name: datasetName, classification: "INTERNAL" } });
  expect(created.status()).toBe(201);
  const { dataset } = (await created.json()) as { dataset: { id: string } };

  await page.goto(`/catalog/datasets/${dataset.id}`);
  await expect(page.getByRole("heading", { name: "Samples & DLP scan" })).toBeVisible();
  await page.getByRole("button", { name: "Add samples" }).click();
  const form = page.getByRole("form", { name: "Add samples" });
  await form.getByLabel("Sample label").fill("ticket-1041");
  await form.getByLabel("Sample content").fill(`Please reach me at jane.doe@example.com\naws_access_key_id = ${AWS_LIKE_KEY}`);
  await form.getByRole("button", { name: "Add samples" }).click();
  const sampleRow = page.getByRole("table", { name: "Samples" }).getByRole("row").filter({ hasText: "ticket-1041" });
  await expect(sampleRow.getByText("Not scanned")).toBeVisible();

  await page.getByRole("button", { name: "Scan samples" }).click();
  const progress = page.getByRole("progressbar", { name: "DLP scan progress" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByTestId("dlp-scan-status")).toContainText("Scan finished");

  const findings = page.getByRole("table", { name: "DLP findings" });
  await expect(findings.getByText("aws-access-token", { exact: true }).first()).toBeVisible();
  await expect(findings.getByText("EMAIL_ADDRESS", { exact: true }).first()).toBeVisible();
  await expect(findings.getByText(AWS_LIKE_KEY)).toHaveCount(0); // evidence is masked
  await expect(sampleRow.getByText("Not scanned")).toHaveCount(0);

  const banner = page.getByRole("status").filter({ hasText: "Findings suggest RESTRICTED; currently INTERNAL" });
  await expect(banner).toBeVisible();
  await banner.getByRole("button", { name: "Classify as Restricted" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole("heading", { name: datasetName })).toContainText("Restricted");
});

test("an analyst reads the detector catalog and the policies but cannot change them", async ({ page }) => {
  await signIn(page, f.logins.ANALYST);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "DLP" }).click();
  await expect(page.getByRole("heading", { name: "Secrets" })).toBeVisible();
  await page.getByRole("button", { name: /Show \d+ rules of Secrets/ }).click();
  await page.getByLabel("Filter secrets rules").fill("aws-access");
  await expect(page.getByRole("table", { name: "Secrets rules" }).getByText("aws-access-token", { exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "Data loss prevention" }).getByRole("link", { name: "Policies" }).click();
  await expect(page.getByRole("form", { name: "Organization default policy" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Customize/ })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Data loss prevention" }).getByRole("link", { name: "Custom rules" }).click();
  await expect(page.getByRole("heading", { name: "Custom rules", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add rule" })).toHaveCount(0);
});

test("a manager has no DLP nav item and gets the 403 page on /dlp", async ({ page }) => {
  await signIn(page, f.logins.MANAGER);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Data catalog" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "DLP" })).toHaveCount(0);
  const response = await page.goto("/dlp");
  expect(response?.status()).toBe(403);
});
