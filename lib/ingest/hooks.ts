"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/lib/api-client";
import { ZIngestFileResponse, ZListIngestFilesResponse, ZListRejectionsResponse, type TIngestFileDto } from "./schemas";
import type { SourceType } from "./types";
import { isFileActive, UploadError, uploadLogFile } from "./upload-client";

export type IngestStatus = TIngestFileDto["status"];

export const ingestKeys = {
  all: ["ingest"] as const,
  files: (status: IngestStatus | null) => ["ingest", "files", status ?? "all"] as const,
  file: (id: string) => ["ingest", "file", id] as const,
  rejections: (id: string) => ["ingest", "rejections", id] as const,
};

const PAGE_SIZE = 25;

/** Files newest first, a page at a time; refreshes every 2 s while any listed file is still stored or processing. */
export const useIngestFiles = (status: IngestStatus | null) =>
  useInfiniteQuery({
    queryKey: ingestKeys.files(status),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(pageParam ? { cursor: pageParam } : {}), ...(status ? { status } : {}) });
      return apiFetch(`/api/v1/ingest/files?${query.toString()}`, ZListIngestFilesResponse);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.files.some(isFileActive)) ? 2_000 : false),
  });

/** One file; polled every second while the worker has not finished it. */
export const useIngestFile = (id: string | null) =>
  useQuery({
    queryKey: ingestKeys.file(id ?? ""),
    queryFn: () => apiFetch(`/api/v1/ingest/files/${id}`, ZIngestFileResponse).then((r) => r.file),
    enabled: id !== null,
    refetchInterval: (query) => (stopPolling(query.state.data, query.state.error) ? false : 1_000),
  });

// Stop once the worker is done, or when the file is gone or forbidden (polling cannot change a 4xx).
const stopPolling = (file: TIngestFileDto | undefined, error: Error | null) =>
  (file !== undefined && !isFileActive(file)) || (error instanceof ApiError && error.status < 500);

export const useRejections = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ingestKeys.rejections(id), queryFn: () => apiFetch(`/api/v1/ingest/files/${id}/rejections`, ZListRejectionsResponse), enabled });

/** A file being uploaded from this page: while `phase` is "uploading" only bytes sent are known; then `fileId` names the record. */
export type UploadItem = {
  key: string;
  name: string;
  size: number;
  phase: "uploading" | "stored" | "error";
  sent: number;
  fileId: string | null;
  error: string | null;
};

/** Uploads files side by side with XHR (progress per file), then hands each row its file id to follow the processing. */
export function useUploads() {
  const qc = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const counter = useRef(0);

  const patch = useCallback((key: string, changes: Partial<UploadItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...changes } : i))), []);

  const start = useCallback(
    (files: readonly File[], source: SourceType | "auto") => {
      const added = files.map((file) => ({ file, key: `upload-${(counter.current += 1)}` }));
      setItems((all) => [...added.map(({ file, key }): UploadItem => ({ key, name: file.name, size: file.size, phase: "uploading", sent: 0, fileId: null, error: null })), ...all]);
      for (const { file, key } of added) {
        const controller = new AbortController();
        controllers.current.set(key, controller);
        uploadLogFile({ file, source, signal: controller.signal, onProgress: (sent) => patch(key, { sent }) })
          .then((stored) => {
            qc.setQueryData(ingestKeys.file(stored.id), stored);
            patch(key, { phase: "stored", fileId: stored.id, sent: file.size });
            return qc.invalidateQueries({ queryKey: ["ingest", "files"] });
          })
          .catch((error: unknown) => patch(key, { phase: "error", error: error instanceof UploadError ? error.message : "The upload failed." }))
          .finally(() => controllers.current.delete(key));
      }
    },
    [patch, qc],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);
  const dismiss = useCallback((key: string) => setItems((all) => all.filter((i) => i.key !== key)), []);

  const uploading = items.some((i) => i.phase === "uploading");
  // Leaving the page would drop the bytes still in flight: let the browser ask first.
  useEffect(() => {
    if (!uploading) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [uploading]);

  return { items, start, cancel, dismiss };
}
