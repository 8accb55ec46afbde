import { describe, expect, it } from "vitest";
import { importContentType, importUrl, ImportUploadError, isImportFileName, uploadImportFile, type ImportXhr } from "./upload-client";

const APP = "0198f2a4-8b1e-7c3d-9a4b-5e6f7a8b9c0d";
const RESULT = {
  id: "0198f2a4-8b1e-7c3d-9a4b-5e6f7a8b9c0e", appId: APP, appName: "portal", file: "scan.sarif", sha256: "ab".repeat(32), format: "sarif", specVersion: "2.1.0",
  tools: ["Semgrep 1.90.0"], via: "UI", results: 3, created: 2, updated: 0, duplicates: 1, resolved: 0, skipped: [{ reason: "duplicate", count: 1 }],
  createdAt: "2025-01-02T03:04:05.000Z", reopened: 0, warnings: [],
};

class FakeXhr implements ImportXhr {
  url = "";
  headers: Record<string, string> = {};
  status = 0;
  responseText = "";
  withCredentials = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(_method: string, url: string | URL) {
    this.url = String(url);
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send() {}
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === "string" ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const file = (name: string) => Object.assign(new Blob(['{"version":"2.1.0","runs":[]}']), { name });

describe("import upload client", () => {
  it("accepts .sarif and .json files and sends SARIF with its media type", () => {
    expect(isImportFileName("results.SARIF")).toBe(true);
    expect(isImportFileName("bom.cdx.json")).toBe(true);
    expect(isImportFileName("scan.xml")).toBe(false);
    expect(importContentType("x.sarif")).toBe("application/sarif+json");
    expect(importContentType("bom.json")).toBe("application/json");
    expect(importUrl(APP, "a b.sarif")).toBe(`/api/v1/imports?appId=${APP}&fileName=a+b.sarif`);
  });

  it("reports progress and resolves with the import ledger", async () => {
    const xhr = new FakeXhr();
    const seen: number[] = [];
    const done = uploadImportFile({ file: file("scan.sarif"), appId: APP, createXhr: () => xhr, onProgress: (n) => seen.push(n) });
    xhr.upload.onprogress?.({ loaded: 10, total: 29, lengthComputable: true } as ProgressEvent);
    xhr.respond(201, { import: RESULT });
    await expect(done).resolves.toMatchObject({ created: 2, duplicates: 1 });
    expect(seen).toEqual([10]);
    expect(xhr.headers["content-type"]).toBe("application/sarif+json");
  });

  it("turns refusals into readable errors", async () => {
    const bad = new FakeXhr();
    const refused = uploadImportFile({ file: file("scan.json"), appId: APP, createXhr: () => bad });
    bad.respond(400, { error: { code: "VALIDATION_FAILED", message: "The file is not valid JSON.", requestId: "r" } });
    await expect(refused).rejects.toEqual(new ImportUploadError(400, "VALIDATION_FAILED", "The file is not valid JSON."));
    const big = new FakeXhr();
    const tooLarge = uploadImportFile({ file: file("scan.json"), appId: APP, createXhr: () => big });
    big.respond(413, "<html>");
    await expect(tooLarge).rejects.toThrow(/50 MiB/);
    const controller = new AbortController();
    const cancelled = uploadImportFile({ file: file("scan.json"), appId: APP, createXhr: () => new FakeXhr(), signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: "ABORTED" });
  });
});
