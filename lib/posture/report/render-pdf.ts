// Prints an HTML document to PDF with headless Chromium (Debian's, through playwright-core; no downloaded browser).
// The document can hold user input, so the page runs without JavaScript and every request it makes is aborted:
// rendering must never make the server fetch anything.
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { chromium } from "playwright-core";
import { AppError } from "@/lib/server/errors";
import { createSemaphore } from "./semaphore";

const CHROMIUM_ARGS = [
  // The e2e browser's flags (playwright.config.ts).
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  // Request interception alone misses <link rel=prefetch> (measured: it reached a loopback server even with every
  // route aborted); failing every host lookup, IP literals included, stops the browser from connecting anywhere.
  "--host-resolver-rules=MAP * ~NOTFOUND",
];
const MAX_CONCURRENT = 2;
const TIMEOUT_MS = 30_000;

// Each render is a whole Chromium process: cap them per process, later requests wait their turn.
const limit = createSemaphore(MAX_CONCURRENT);

const FOOTER = `<div style="width:100%;font-size:8px;color:#4b5563;text-align:center;font-family:Arial,sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

async function chromiumPath(): Promise<string> {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new AppError("UNAVAILABLE", `PDF export needs Chromium, and none was found at ${path}: install it or set CHROMIUM_PATH`);
  }
  return path;
}

async function print(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" });
    await context.route("**/*", (route) => route.abort("blockedbyclient"));
    await context.routeWebSocket(/.*/, (ws) => ws.close());
    const page = await context.newPage();
    // setContent writes the document into about:blank: it is not a request, so the routes above do not stop it.
    await page.setContent(html, { waitUntil: "load", timeout: TIMEOUT_MS });
    const pdf = await page.pdf({
      format: "A4", printBackground: true, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: FOOTER,
      margin: { top: "14mm", bottom: "16mm", left: "14mm", right: "14mm" },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

/** The document as an A4 PDF with page numbers; at most two renders run at once per process. */
export const renderPdf = (html: string): Promise<Uint8Array> => limit(() => print(html));
