import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { renderPdf } from "./render-pdf";
import { renderPostureReportHtml } from "./report-html";
import { reportSummary, reportTrend } from "./report-test-data";

const pages = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
const report = (apps: number) =>
  renderPostureReportHtml({ orgName: "Acme", generatedAt: new Date("2026-03-01T09:30:00Z"), summary: reportSummary({ apps }), trend: reportTrend(90), catalogVersion: "2026.1" });

describe("renderPdf", () => {
  let server: Server;
  let port = 0;
  const requests: string[] = [];
  let connections = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end("x");
    });
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("prints the posture report as an A4 PDF whose length grows with the apps table", async () => {
    const [small, large] = await Promise.all([renderPdf(report(0)), renderPdf(report(60))]);
    expect(Buffer.from(large.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(Buffer.from(large).toString("latin1")).toMatch(/\/MediaBox \[0 0 59[56]\.\d+ 84[12]\.\d+\]/);
    expect(pages(large)).toBeGreaterThanOrEqual(2);
    expect(pages(large)).toBeGreaterThan(pages(small));
  });

  it("makes no request and opens no connection for anything the document points at", async () => {
    const at = (path: string, host = "127.0.0.1") => `http://${host}:${port}/${path}`;
    const hostile = `<!doctype html><html><head>
<link rel="prefetch" href="${at("prefetch")}"><link rel="preconnect" href="${at("preconnect")}"><link rel="stylesheet" href="${at("css")}">
<style>@font-face { font-family: f; src: url(${at("font")}); } body { background: url(${at("bg")}); font-family: f; }</style>
</head><body><img src="${at("x")}"><img src="${at("named", "localhost")}"><iframe src="${at("frame")}"></iframe>
<script>fetch("${at("fetch")}")</script><p>hello</p></body></html>`;
    const pdf = await renderPdf(hostile);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    await new Promise((r) => setTimeout(r, 300));
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
    // The server does answer: the zeros above are the browser's doing.
    expect(await (await fetch(at("probe"))).text()).toBe("x");
    expect(requests).toEqual(["/probe"]);
  });

  it("runs more renders than its concurrency limit to completion", async () => {
    const pdfs = await Promise.all([1, 2, 3, 4].map(() => renderPdf("<p>hello</p>")));
    expect(pdfs.map((p) => pages(p))).toEqual([1, 1, 1, 1]);
  });

  it("answers 503 naming CHROMIUM_PATH when Chromium is missing", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const error = await renderPdf("<p>hello</p>").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(503);
      expect((error as AppError).message).toContain("CHROMIUM_PATH");
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
