"use client";

import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZAuditExportResponse, ZListAuditEventsResponse, type TAuditFilters } from "./schemas";

export const auditKeys = {
  list: (filters: TAuditFilters) => ["audit-events", filters] as const,
  export: (id: string) => ["audit-export", id] as const,
};

function toQuery(filters: TAuditFilters, cursor: string | null) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", "50");
  return params.toString();
}

export const useAuditEvents = (filters: TAuditFilters) =>
  useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => apiFetch(`/api/v1/audit-events?${toQuery(filters, pageParam)}`, ZListAuditEventsResponse),
    getNextPageParam: (last) => last.nextCursor,
  });

export const useStartAuditExport = () =>
  useMutation({ mutationFn: (filters: TAuditFilters) => apiFetch("/api/v1/audit-exports", ZAuditExportResponse, { method: "POST", body: filters }).then((r) => r.export) });

export const useAuditExport = (id: string | null) =>
  useQuery({
    queryKey: auditKeys.export(id ?? "none"),
    enabled: id !== null,
    queryFn: () => apiFetch(`/api/v1/audit-exports/${id}`, ZAuditExportResponse).then((r) => r.export),
    refetchInterval: (q) => (q.state.data && ["SUCCEEDED", "FAILED"].includes(q.state.data.status) ? false : 1_000),
  });
