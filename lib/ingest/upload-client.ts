// Browser upload of one log file with XMLHttpRequest: fetch has no upload progress, XHR's upload.onprogress does.
// The raw file is the body; the session cookie authenticates it (same origin, so the browser sends Origin).
import { ZIngestFileResponse, type TIngestFileDto } from "./schemas";
import type { SourceType } from "./types";

export const ACCEPTED_EXTENSIONS = [".jsonl", ".ndjson", ".json", ".log", ".gz"] as const;

export const isAcceptedFileName = (name: string) => ACCEPTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export const uploadContentType = (name: string) => (name.toLowerCase().endsWith(".gz") ? "application/gzip" : "application/octet-stream");

export const uploadUrl = (source: SourceType | "auto", fileName: string) =>
  `/api/v1/ingest/uploads?${new URLSearchParams({ source, fileName: fileName.slice(0, 255) }).toString()}`;

/** Why an upload did not reach the server or was refused; `status` is 0 when no HTTP answer came back. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export const formatBytes = (bytes: number) => {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
};

/** The server's 413 message names the limit in bytes ("at most 536870912 bytes"): say it in MiB. */
function tooLargeMessage(serverMessage: string | undefined) {
  const limit = serverMessage ? /at most (\d+) bytes/.exec(serverMessage)?.[1] : undefined;
  return limit ? `The file is over the size limit of ${formatBytes(Number(limit))}.` : "The file is over the upload size limit.";
}

type ErrorEnvelope = { error?: { code?: string; message?: string } };

function errorOf(status: number, body: string): UploadError {
  let envelope: ErrorEnvelope | null = null;
  try {
    envelope = JSON.parse(body) as ErrorEnvelope;
  } catch {
    // A proxy's HTML error page: fall back to the status below.
  }
  const code = envelope?.error?.code ?? "HTTP_ERROR";
  const message = envelope?.error?.message;
  if (status === 413) return new UploadError(status, code, tooLargeMessage(message));
  if (status === 415) return new UploadError(status, code, `This kind of file is not accepted${message ? `: ${message}` : "."}`);
  return new UploadError(status, code, message ?? `Upload failed (HTTP ${status}).`);
}

/** The parts of XMLHttpRequest the upload uses (the unit tests drive a fake of it). */
export type UploadXhr = Pick<
  XMLHttpRequest,
  "open" | "setRequestHeader" | "send" | "abort" | "status" | "responseText" | "withCredentials" | "onload" | "onerror" | "onabort" | "ontimeout"
> & { upload: Pick<XMLHttpRequestUpload, "onprogress"> };

export type UploadOptions = {
  file: Blob & { name: string };
  source: SourceType | "auto";
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
  createXhr?: () => UploadXhr;
};

/** Sends one file; resolves with the recorded file (status STORED) once the server has it durably. */
export function uploadLogFile({ file, source, onProgress, signal, createXhr = () => new XMLHttpRequest() }: UploadOptions): Promise<TIngestFileDto> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadError(0, "ABORTED", "Upload cancelled."));
    const xhr = createXhr();
    const onAbortSignal = () => xhr.abort();
    signal?.addEventListener("abort", onAbortSignal, { once: true });
    const settle = () => signal?.removeEventListener("abort", onAbortSignal);

    xhr.open("POST", uploadUrl(source, file.name));
    xhr.withCredentials = true;
    xhr.setRequestHeader("content-type", uploadContentType(file.name));
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      settle();
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorOf(xhr.status, xhr.responseText));
      try {
        const parsed = ZIngestFileResponse.parse(JSON.parse(xhr.responseText));
        onProgress?.(file.size, file.size);
        resolve(parsed.file);
      } catch {
        reject(new UploadError(xhr.status, "BAD_RESPONSE", "The server accepted the file but its answer was not understood."));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new UploadError(0, "NETWORK", "Network error: the upload did not reach the server."));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      settle();
      reject(new UploadError(0, "ABORTED", "Upload cancelled."));
    };
    xhr.send(file);
  });
}

/** Processing progress of a recorded file, 0–100 (bytes the worker has read of the stored file). */
export function processingPercent(file: Pick<TIngestFileDto, "status" | "bytesRead" | "sizeBytes">) {
  if (file.status === "DONE" || file.status === "FAILED") return 100;
  if (file.status === "STORED" || file.sizeBytes <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((file.bytesRead / file.sizeBytes) * 100)));
}

export const isFileActive = (file: Pick<TIngestFileDto, "status">) => file.status === "STORED" || file.status === "PROCESSING";
