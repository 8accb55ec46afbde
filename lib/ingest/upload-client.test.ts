import { describe, expect, it } from "vitest";
import {
  formatBytes, isAcceptedFileName, processingPercent, uploadContentType, UploadError, uploadLogFile, uploadUrl, type UploadXhr,
} from "./upload-client";

const FILE_DTO = {
  id: "0198f2a4-8b1e-7c3d-9a4b-5e6f7a8b9c0d", source: "aws-cloudtrail", detectedSource: null, fileName: "trail.jsonl", sizeBytes: 12, sha256: "ab".repeat(32),
  via: "UPLOAD", status: "STORED", lines: 0, stored: 0, duplicates: 0, rejected: 0, reasons: {}, bytesRead: 0, error: null,
  createdAt: "2025-01-02T03:04:05.000Z", startedAt: null, finishedAt: null,
};

class FakeXhr implements UploadXhr {
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = "";
  withCredentials = false;
  aborted = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  open(method: string, url: string | URL) {
    this.method = method;
    this.url = String(url);
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body?: Document | XMLHttpRequestBodyInit | null) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === "string" ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const fileNamed = (name: string, text = '{"a":1}\n{"b":2}\n') => Object.assign(new Blob([text]), { name });

function start(name: string, source: Parameters<typeof uploadUrl>[0] = "auto", signal?: AbortSignal) {
  const xhr = new FakeXhr();
  const progress: [number, number][] = [];
  const done = uploadLogFile({ file: fileNamed(name), source, signal, createXhr: () => xhr, onProgress: (s, t) => progress.push([s, t]) });
  return { xhr, progress, done };
}

describe("upload client", () => {
  it("accepts the log extensions only, case-insensitively", () => {
    expect(["a.jsonl", "b.NDJSON", "c.json", "d.log", "e.jsonl.gz"].every(isAcceptedFileName)).toBe(true);
    expect(["f.csv", "g.txt", "h.zip", "jsonl"].some(isAcceptedFileName)).toBe(false);
  });

  it("sends gzip as application/gzip and everything else as octet-stream", () => {
    expect(uploadContentType("trail.json.GZ")).toBe("application/gzip");
    expect(uploadContentType("trail.jsonl")).toBe("application/octet-stream");
  });

  it("puts source and file name in the query, encoded", () => {
    expect(uploadUrl("aws-cloudtrail", "my trail&x=1.jsonl")).toBe("/api/v1/ingest/uploads?source=aws-cloudtrail&fileName=my+trail%26x%3D1.jsonl");
  });

  it("POSTs the raw file, reports bytes sent and resolves with the recorded file", async () => {
    const { xhr, progress, done } = start("trail.jsonl", "aws-cloudtrail");
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("/api/v1/ingest/uploads?source=aws-cloudtrail&fileName=trail.jsonl");
    expect(xhr.headers["content-type"]).toBe("application/octet-stream");
    expect(xhr.body).toBeInstanceOf(Blob);
    xhr.progress(6, 16);
    xhr.respond(202, { file: FILE_DTO });
    await expect(done).resolves.toMatchObject({ id: FILE_DTO.id, status: "STORED" });
    expect(progress).toEqual([[6, 16], [16, 16]]);
  });

  it("says a 413 in the size limit's own unit", async () => {
    const { xhr, done } = start("big.jsonl.gz");
    xhr.respond(413, { error: { code: "PAYLOAD_TOO_LARGE", message: "A file may be at most 536870912 bytes", requestId: "r" } });
    await expect(done).rejects.toMatchObject({ status: 413, message: "The file is over the size limit of 512 MiB." });
  });

  it("explains a 415 and keeps other server messages", async () => {
    const a = start("x.json");
    a.xhr.respond(415, { error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as one of: application/gzip", requestId: "r" } });
    await expect(a.done).rejects.toThrow(/not accepted: Send the body as one of/);
    const b = start("x.json");
    b.xhr.respond(403, { error: { code: "FORBIDDEN", message: "Missing scope ingestion:write", requestId: "r" } });
    await expect(b.done).rejects.toMatchObject({ status: 403, code: "FORBIDDEN", message: "Missing scope ingestion:write" });
    const c = start("x.json");
    c.xhr.respond(502, "<html>Bad gateway</html>");
    await expect(c.done).rejects.toMatchObject({ status: 502, message: "Upload failed (HTTP 502)." });
  });

  it("reports a network error and a cancelled upload with status 0", async () => {
    const a = start("x.log");
    a.xhr.onerror?.();
    await expect(a.done).rejects.toMatchObject({ status: 0, code: "NETWORK" });
    const controller = new AbortController();
    const b = start("x.log", "auto", controller.signal);
    controller.abort();
    await expect(b.done).rejects.toBeInstanceOf(UploadError);
    expect(b.xhr.aborted).toBe(true);
  });

  it("rejects a success whose body is not a file", async () => {
    const { xhr, done } = start("x.log");
    xhr.respond(202, { nope: true });
    await expect(done).rejects.toMatchObject({ code: "BAD_RESPONSE" });
  });

  it("turns bytes read into a processing percentage", () => {
    expect(processingPercent({ status: "STORED", bytesRead: 0, sizeBytes: 100 })).toBe(0);
    expect(processingPercent({ status: "PROCESSING", bytesRead: 50, sizeBytes: 200 })).toBe(25);
    expect(processingPercent({ status: "PROCESSING", bytesRead: 200, sizeBytes: 200 })).toBe(99);
    expect(processingPercent({ status: "DONE", bytesRead: 0, sizeBytes: 0 })).toBe(100);
  });

  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(512 * 1024 * 1024)).toBe("512 MiB");
  });
});
