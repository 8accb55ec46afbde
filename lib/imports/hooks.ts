"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch } from "@/lib/api-client";
import { ZListImportsResponse, type TImportResult } from "./schemas";
import { ImportUploadError, uploadImportFile } from "./upload-client";

export const importKeys = {
  all: ["imports"] as const,
  runs: (appId: string | null) => ["imports", "runs", appId ?? "all"] as const,
};

const PAGE_SIZE = 25;

/** Import runs newest first (of one app, or all), a page at a time. */
export const useImportRuns = (appId: string | null) =>
  useInfiniteQuery({
    queryKey: importKeys.runs(appId),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(appId ? { appId } : {}), ...(pageParam ? { cursor: pageParam } : {}) });
      return apiFetch(`/api/v1/imports?${query.toString()}`, ZListImportsResponse);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** A file of this page's imports: bytes sent, then the server's import ledger (or why it was refused). */
export type ImportItem = {
  key: string;
  name: string;
  size: number;
  appName: string;
  phase: "queued" | "uploading" | "importing" | "done" | "error";
  sent: number;
  result: TImportResult | null;
  error: string | null;
};

/** Sends files one after the other (imports of one app are serialized on the server anyway), each with its progress. */
export function useImportUploads() {
  const qc = useQueryClient();
  const [items, setItems] = useState<ImportItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const counter = useRef(0);
  const patch = useCallback((key: string, changes: Partial<ImportItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...changes } : i))), []);

  const start = useCallback(
    async (files: readonly File[], app: { id: string; name: string }) => {
      const added = files.map((file) => ({ file, key: `import-${(counter.current += 1)}`, controller: new AbortController() }));
      setItems((all) => [...added.map(({ file, key }): ImportItem => ({ key, name: file.name, size: file.size, appName: app.name, phase: "queued", sent: 0, result: null, error: null })), ...all]);
      for (const { controller, key } of added) controllers.current.set(key, controller);
      for (const { file, key, controller } of added) {
        if (!controller.signal.aborted) patch(key, { phase: "uploading" });
        try {
          const result = await uploadImportFile({
            file, appId: app.id, signal: controller.signal,
            onProgress: (sent) => patch(key, sent >= file.size ? { sent, phase: "importing" } : { sent }),
          });
          patch(key, { phase: "done", sent: file.size, result });
          void qc.invalidateQueries({ queryKey: importKeys.all });
        } catch (error) {
          patch(key, { phase: "error", error: error instanceof ImportUploadError ? error.message : "The import failed." });
        } finally {
          controllers.current.delete(key);
        }
      }
      await qc.invalidateQueries({ queryKey: ["findings"] }); // new, resolved and reopened findings
    },
    [patch, qc],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);
  const dismiss = useCallback((key: string) => setItems((all) => all.filter((i) => i.key !== key)), []);

  const busy = items.some((i) => i.phase === "queued" || i.phase === "uploading" || i.phase === "importing");
  useEffect(() => {
    if (!busy) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  return { items, start, cancel, dismiss };
}
