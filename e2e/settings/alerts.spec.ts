import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

// A webhook receiver on loopback: the e2e stack allow-lists 127.0.0.1 (OUTBOUND_ALLOW_HOSTS).
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let server: Server;
let port = 0;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

test("an admin adds a signed webhook, sends a test, disables and deletes it", async ({ page }) => {
  const name = `SIEM ${Date.now()}`;
  await signIn(page, f.logins.ADMIN);
  await page.goto("/settings/alerts");
  await expect(page.getByRole("heading", { name: "Webhooks", exact: true })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Webhook URL").fill("https://169.254.169.254/latest/meta-data");
  await page.getByLabel("Format").selectOption("generic");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "internal address" })).toBeVisible(); // SSRF refused when saved

  await page.getByLabel("Webhook URL").fill(`http://127.0.0.1:${port}/hooks/siem`);
  await page.getByLabel("Minimum severity").selectOption("CRITICAL");
  await page.getByRole("button", { name: "Add webhook" }).click();
  const secret = (await page.getByTestId("revealed-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByText(secret)).toHaveCount(0);

  const row = page.getByRole("table", { name: "Alert webhooks" }).getByRole("row").filter({ hasText: name });
  await expect(row.getByText(`http://127.0.0.1:${port}/…siem`)).toBeVisible();
  await row.getByRole("button", { name: `Send test to ${name}` }).click();
  await expect(row.getByRole("status")).toContainText("Test delivered: HTTP 200");
  const hit = received.at(-1)!;
  const ts = String(hit.headers["x-llmsecops-timestamp"]);
  expect(hit.headers["x-llmsecops-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(`${ts}.${hit.body}`).digest("hex")}`);
  expect(JSON.parse(hit.body)).toMatchObject({ event: "test" });

  await row.getByRole("button", { name: `Disable ${name}` }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(row).toHaveCount(0);

  const api = await page.request.get("/api/v1/alerts/webhooks");
  expect(JSON.stringify(await api.json())).not.toContain(secret);
});

test("an analyst reads alerts without write actions; a manager gets the 403 page", async ({ browser }) => {
  const analyst = await browser.newPage();
  await signIn(analyst, f.logins.ANALYST);
  await analyst.goto("/settings/alerts");
  await expect(analyst.getByRole("heading", { name: "Recent deliveries" })).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Add webhook" })).toHaveCount(0);
  await analyst.close();

  const manager = await browser.newPage();
  await signIn(manager, f.logins.MANAGER);
  const response = await manager.goto("/settings/alerts");
  expect(response?.status()).toBe(403);
  expect((await manager.request.get("/api/v1/alerts/webhooks")).status()).toBe(403);
  await manager.close();
});
