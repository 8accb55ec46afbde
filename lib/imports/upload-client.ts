// Browser upload of one SARIF / CycloneDX file with XMLHttpRequest (fetch has no upload progress). The server
// imports it before answering, so the answer is the import's ledger. Pure of React; unit-tested with a fake XHR.
import { ZImportResponse, type TImportResult } from "./schemas";

export const IMPORT_EXTENSIONS = [".sarif", ".json"] as const;
export const isImportFileName = (name: string) => IMPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export const importContentType = (name: string) => (name.toLowerCase().endsWith(".sarif") ? "application/sarif+json" : "application/json");

export const importUrl = (appId: string, fileName: string) => `/api/v1/imports?${new URLSearchParams({ appId, fileName: fileName.slice(0, 255) }).toString()}`;

/** Why an import did not go through; `status` is 0 when no HTTP answer came back. */
export class ImportUploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportUploadError";
  }
}

type ErrorEnvelope = { error?: { code?: string; message?: string } };

function errorOf(status: number, body: string): ImportUploadError {
  let envelope: ErrorEnvelope | null = null;
  try {
    envelope = JSON.parse(body) as ErrorEnvelope;
  } catch {
    // A proxy's HTML error page: fall back to the status below.
  }
  const code = envelope?.error?.code ?? "HTTP_ERROR";
  if (status === 413) return new ImportUploadError(status, code, "The file is over the import limit of 50 MiB.");
  return new ImportUploadError(status, code, envelope?.error?.message ?? `Import failed (HTTP ${status}).`);
}

export type ImportXhr = Pick<XMLHttpRequest, "open" | "setRequestHeader" | "send" | "abort" | "status" | "responseText" | "withCredentials" | "onload" | "onerror" | "onabort"> & {
  upload: Pick<XMLHttpRequestUpload, "onprogress">;
};

export type ImportUploadOptions = {
  file: Blob & { name: string };
  appId: string;
  onProgress?: (sentBytes: number) => void;
  signal?: AbortSignal;
  createXhr?: () => ImportXhr;
};

export function uploadImportFile({ file, appId, onProgress, signal, createXhr = () => new XMLHttpRequest() }: ImportUploadOptions): Promise<TImportResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ImportUploadError(0, "ABORTED", "Upload cancelled."));
    const xhr = createXhr();
    const onAbortSignal = () => xhr.abort();
    signal?.addEventListener("abort", onAbortSignal, { once: true });
    const settle = () => signal?.removeEventListener("abort", onAbortSignal);

    xhr.open("POST", importUrl(appId, file.name));
    xhr.withCredentials = true;
    xhr.setRequestHeader("content-type", importContentType(file.name));
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded);
    xhr.onload = () => {
      settle();
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorOf(xhr.status, xhr.responseText));
      try {
        resolve(ZImportResponse.parse(JSON.parse(xhr.responseText)).import);
      } catch {
        reject(new ImportUploadError(xhr.status, "BAD_RESPONSE", "The server imported the file but its answer was not understood."));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new ImportUploadError(0, "NETWORK", "Network error: the file did not reach the server."));
    };
    xhr.onabort = () => {
      settle();
      reject(new ImportUploadError(0, "ABORTED", "Upload cancelled."));
    };
    xhr.send(file);
  });
}
