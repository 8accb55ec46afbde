"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import type { FindingSort } from "./constants";
import {
  ZBulkChangeResponse, ZCommentResponse, ZFindingCounters, ZFindingResponse, ZListFindingsResponse, ZListSavedViewsResponse, ZSavedViewResponse,
  ZSlaSettingsResponse, type TFindingChange, type TSlaSettings,
} from "./schemas";

export const FINDINGS_PAGE_SIZE = 50;

export const findingKeys = {
  all: ["findings"] as const,
  list: (query: Record<string, string>, sort: FindingSort) => ["findings", "list", query, sort] as const,
  counters: (query: Record<string, string>) => ["findings", "counters", query] as const,
  detail: (id: string) => ["findings", "detail", id] as const,
  views: ["finding-views"] as const,
  sla: ["finding-sla"] as const,
};

export const useFindings = (query: Record<string, string>, sort: FindingSort) =>
  useInfiniteQuery({
    queryKey: findingKeys.list(query, sort),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ ...query, sort, limit: String(FINDINGS_PAGE_SIZE) });
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch(`/api/v1/findings?${params.toString()}`, ZListFindingsResponse);
    },
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export const useFindingCounters = (query: Record<string, string>) =>
  useQuery({
    queryKey: findingKeys.counters(query),
    queryFn: () => apiFetch(`/api/v1/findings/counters?${new URLSearchParams(query).toString()}`, ZFindingCounters),
    placeholderData: keepPreviousData,
  });

export const useFinding = (id: string) =>
  useQuery({ queryKey: findingKeys.detail(id), queryFn: () => apiFetch(`/api/v1/findings/${id}`, ZFindingResponse).then((r) => r.finding) });

export const useSavedViews = () =>
  useQuery({ queryKey: findingKeys.views, queryFn: () => apiFetch("/api/v1/findings/views", ZListSavedViewsResponse).then((r) => r.views) });

export const useSlaSettings = () =>
  useQuery({ queryKey: findingKeys.sla, queryFn: () => apiFetch("/api/v1/findings/sla", ZSlaSettingsResponse).then((r) => r.sla) });

export function useFindingMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: findingKeys.all });
  return {
    update: useMutation({
      mutationFn: ({ id, change }: { id: string; change: TFindingChange }) => apiFetch(`/api/v1/findings/${id}`, ZFindingResponse, { method: "PATCH", body: change }),
      onSuccess: ({ finding }) => {
        qc.setQueryData(findingKeys.detail(finding.id), finding);
        return refresh();
      },
    }),
    bulk: useMutation({
      mutationFn: (body: { ids: string[]; change: TFindingChange }) => apiFetch("/api/v1/findings/bulk", ZBulkChangeResponse, { method: "POST", body }),
      onSuccess: refresh,
    }),
    comment: useMutation({
      mutationFn: ({ id, body }: { id: string; body: string }) => apiFetch(`/api/v1/findings/${id}/comments`, ZCommentResponse, { method: "POST", body: { body } }),
      onSuccess: (_r, { id }) => qc.invalidateQueries({ queryKey: findingKeys.detail(id) }),
    }),
  };
}

export function useSavedViewMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: findingKeys.views });
  return {
    create: useMutation({
      mutationFn: (body: { name: string; query: string; shared: boolean }) => apiFetch("/api/v1/findings/views", ZSavedViewResponse, { method: "POST", body }),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/findings/views/${id}`, ZOk, { method: "DELETE" }), onSuccess: refresh }),
  };
}

export function useSlaMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sla: TSlaSettings) => apiFetch("/api/v1/findings/sla", ZSlaSettingsResponse, { method: "PUT", body: sla }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: findingKeys.sla }), qc.invalidateQueries({ queryKey: findingKeys.all })]),
  });
}
