import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

/** One CloudTrail record; ids and keys carry the run so a second run's records are new, not duplicates. */
const cloudTrailRecord = (run: string, i: number) =>
  JSON.stringify({
    eventVersion: "1.08",
    eventTime: new Date(Date.now() - i * 60_000).toISOString(),
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    eventID: `e2e-${run}-${i}`,
    awsRegion: "us-east-1",
    sourceIPAddress: "203.0.113.10",
    userAgent: "aws-cli/2.15.0",
    userIdentity: { type: "IAMUser", arn: `arn:aws:iam::123456789012:user/e2e-${run}`, accountId: "123456789012" },
    requestParameters: { bucketName: "e2e-ingest-logs", key: `reports/${run}/${i}.json` },
    recipientAccountId: "123456789012",
  });

test("an analyst uploads NDJSON with a malformed line, sees the ledger balance and finds the line in the quarantine", async ({ page }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const fileName = `trail-${run}.jsonl`;
  const ndjson = [cloudTrailRecord(run, 1), cloudTrailRecord(run, 2), '{"eventTime": "2025-01-0', cloudTrailRecord(run, 3)].join("\n") + "\n";

  await signIn(page, f.logins.ANALYST);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ingestion" }).click();
  await expect(page).toHaveURL(/\/ingestion$/);
  await expect(page.getByRole("heading", { name: "Upload logs" })).toBeVisible();

  await page.getByLabel("Source", { exact: true }).selectOption("aws-cloudtrail");
  await page.getByLabel("Log files to upload").setInputFiles({ name: fileName, mimeType: "application/x-ndjson", buffer: Buffer.from(ndjson) });

  // Bytes sent, then the worker's progress, on the same row until the file is processed.
  const upload = page.getByRole("list", { name: "Uploads" }).getByRole("listitem", { name: `Upload of ${fileName}` });
  await expect(upload.getByRole("status")).toHaveText("Processed", { timeout: 60_000 });
  await expect(upload.getByRole("progressbar", { name: `Progress of ${fileName}` })).toHaveAttribute("aria-valuenow", "100");
  const ledger = upload.getByTestId("ledger-summary");
  await expect(ledger).toContainText("4 lines");
  await expect(ledger).toContainText("3 stored");
  await expect(ledger).toContainText("0 duplicates");
  await expect(ledger).toContainText("1 rejected");
  await expect(ledger).toContainText("malformed_json (1)");

  // The files table lists it, done, with the same ledger.
  const fileRow = page.getByRole("table", { name: "Ingested files" }).getByRole("row").filter({ hasText: fileName });
  await expect(fileRow.getByText("Done", { exact: true })).toBeVisible();

  await upload.getByRole("link", { name: `View file ${fileName}` }).click();
  await expect(page).toHaveURL(/\/ingestion\/files\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("ledger-equation")).toHaveAccessibleName("4 lines = 3 stored + 0 duplicates + 1 rejected");
  await expect(page.getByRole("list", { name: "Rejections by reason" })).toContainText("malformed_json");

  const quarantine = page.getByRole("table", { name: "Quarantined records" });
  const rejected = quarantine.getByRole("row").filter({ hasText: "malformed_json" });
  await expect(rejected).toHaveCount(1);
  await expect(rejected.getByRole("cell").first()).toHaveText("3");
  await expect(rejected).toContainText('{"eventTime": "2025-01-0');
});
