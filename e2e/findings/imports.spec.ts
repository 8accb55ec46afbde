import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

/** A Semgrep-like SARIF log; rule ids carry the run so every run's findings are its own. */
const sarif = (run: string, rules: string[]) =>
  JSON.stringify({
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "Semgrep", version: "1.90.0" } },
      results: rules.map((r, i) => ({
        ruleId: `${r}-${run}`, level: "error", message: { text: `${r} found` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/${r}.ts` }, region: { startLine: i + 1 } } }],
      })),
    }],
  });

test("an admin imports two scans into an app, sees each file's ledger, and finds them in the recent imports", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const appName = `e2e-imports-${run}`;
  await signIn(page, f.logins.ADMIN);
  const created = await page.request.post("/api/v1/apps", { headers: { origin: baseURL! }, data: { name: appName } });
  expect(created.status()).toBe(201);

  await page.goto("/findings/imports");
  await expect(page.getByRole("heading", { name: "Import scan results" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Choose files…" })).toBeDisabled(); // no app chosen yet
  await page.getByLabel("Import into app").selectOption({ label: appName });
  await page.getByLabel("Scan files to import").setInputFiles([
    { name: `first-${run}.sarif`, mimeType: "application/sarif+json", buffer: Buffer.from(sarif(run, ["sqli", "xss", "ssrf"])) },
    { name: `second-${run}.sarif`, mimeType: "application/sarif+json", buffer: Buffer.from(sarif(run, ["sqli", "xss"])) },
  ]);

  const uploads = page.getByRole("list", { name: "Imports" });
  const first = uploads.getByRole("listitem", { name: `Import of first-${run}.sarif` });
  await expect(first.getByRole("status")).toHaveText(`Imported into ${appName}`, { timeout: 30_000 });
  const firstLedger = first.getByRole("table", { name: `Import result of first-${run}.sarif` });
  await expect(firstLedger.getByRole("row").nth(1)).toContainText("SARIF 2.1.0");
  await expect(firstLedger.getByRole("cell").nth(3)).toHaveText("3"); // created

  const second = uploads.getByRole("listitem", { name: `Import of second-${run}.sarif` });
  await expect(second.getByRole("status")).toHaveText(`Imported into ${appName}`, { timeout: 30_000 });
  const secondLedger = second.getByRole("table", { name: `Import result of second-${run}.sarif` });
  await expect(secondLedger.getByRole("cell").nth(3)).toHaveText("0"); // created
  await expect(secondLedger.getByRole("cell").nth(6)).toHaveText("1"); // resolved: ssrf is gone

  const recent = page.getByRole("table", { name: "Recent imports" });
  await expect(recent.getByRole("row").filter({ hasText: `second-${run}.sarif` })).toBeVisible();
  await expect(recent.getByRole("row").filter({ hasText: `first-${run}.sarif` })).toBeVisible();

  // Findings link to their import by anchor: the row is there and gets the focus.
  await second.getByRole("link", { name: /Show in recent imports/ }).click();
  await expect(page).toHaveURL(/\/findings\/imports#[0-9a-f-]{36}$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await page.reload();
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(`second-${run}.sarif`);
});

test("a manager sees recent imports but cannot upload", async ({ page }) => {
  await signIn(page, f.logins.MANAGER);
  await page.goto("/findings/imports");
  await expect(page.getByRole("heading", { name: "Recent imports" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Import scan results" })).toHaveCount(0);
  await expect(page.getByLabel("Scan files to import")).toHaveCount(0);
});
