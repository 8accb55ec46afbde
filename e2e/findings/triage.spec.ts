import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("an analyst records a finding, finds it with URL-kept filters, triages it with history, and accepts the risk", async ({ page }) => {
  const title = `Pentest: prompt injection via PDF upload ${Date.now().toString(36)}`;
  await signIn(page, f.logins.ANALYST);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Findings" }).click();
  await expect(page).toHaveURL(/\/findings$/);
  await page.getByRole("button", { name: "Record finding" }).click();
  const form = page.getByRole("form", { name: "Record a finding" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Severity").selectOption("CRITICAL");
  await form.getByRole("button", { name: "Record finding" }).click();
  await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  const findingUrl = page.url();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The list: filter by severity through the counters and by text; the filters live in the URL.
  await page.getByRole("link", { name: "← All findings" }).click();
  await page.getByRole("region", { name: "Finding counters" }).getByRole("button", { name: /Critical/ }).click();
  await page.getByLabel("Search").fill("PDF upload");
  await expect(page).toHaveURL(/severity=CRITICAL/);
  await expect(page).toHaveURL(/q=PDF\+upload/);
  const table = page.getByRole("table", { name: "Findings" });
  await expect(table.getByRole("link", { name: title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("table", { name: "Findings" }).getByRole("link", { name: title })).toBeVisible();

  // Keyboard: focus the first title, x selects it, and the bulk bar appears.
  await page.getByRole("table", { name: "Findings" }).getByRole("link", { name: title }).focus();
  await page.keyboard.press("x");
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("1 selected");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(findingUrl);

  const triage = page.getByRole("form", { name: "Triage" });
  await triage.getByLabel("Move to").selectOption("TRIAGED");
  await triage.getByLabel("Note (optional)").fill("Reproduced on staging");
  await triage.getByRole("button", { name: "Save changes" }).click();
  const history = page.getByRole("list", { name: "History" });
  await expect(history).toContainText("changed status from OPEN to TRIAGED");
  await expect(history).toContainText("Reproduced on staging");

  await page.getByLabel("Comment").fill("Vendor patch expected next sprint.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(history).toContainText("Vendor patch expected next sprint.");

  await triage.getByLabel("Move to").selectOption("RISK_ACCEPTED");
  await triage.getByLabel("Justification").fill("WAF rule blocks the payload until the patch");
  await triage.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Risk accepted", { exact: true }).first()).toBeVisible();
  await expect(history).toContainText("accepted the risk");
});

test("a manager reads findings without triage controls, and another org's finding is not found", async ({ browser }) => {
  const analyst = await browser.newPage();
  await signIn(analyst, f.logins.ANALYST);
  await analyst.goto("/findings");
  await analyst.getByRole("button", { name: "Record finding" }).click();
  await analyst.getByRole("form", { name: "Record a finding" }).getByLabel("Title").fill(`Readonly check ${Date.now().toString(36)}`);
  await analyst.getByRole("form", { name: "Record a finding" }).getByRole("button", { name: "Record finding" }).click();
  await expect(analyst).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  const url = analyst.url();

  const manager = await browser.newPage();
  await signIn(manager, f.logins.MANAGER);
  await manager.goto(url);
  await expect(manager.getByRole("heading", { name: /Readonly check/ })).toBeVisible();
  await expect(manager.getByRole("form", { name: "Triage" })).toHaveCount(0);
  await manager.goto("/findings");
  await expect(manager.getByRole("button", { name: "Record finding" })).toHaveCount(0);

  const attacker = await browser.newPage();
  await signIn(attacker, f.attacker);
  await attacker.goto(url);
  await expect(attacker.getByRole("alert").filter({ hasText: /Finding not found/ })).toBeVisible();
});
