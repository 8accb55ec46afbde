"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import { ZListAppsResponse, type TListAppsQueryInput } from "./list-schemas";
import {
  ZAppOptions, ZAppResponse, ZDataStoreResponse, ZModelUsageResponse, type TCreateAppRequest, type TDataStoreInput,
  type TModelUsageInput, type TUpdateAppRequest,
} from "./schemas";

export const appKeys = {
  all: ["apps"] as const,
  lists: ["apps", "list"] as const,
  list: (query: TListAppsQueryInput) => ["apps", "list", query] as const,
  detail: (id: string) => ["apps", "detail", id] as const,
  options: ["apps", "options"] as const,
};

const toSearch = (query: TListAppsQueryInput) =>
  new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]]))).toString();

export const useApps = (query: TListAppsQueryInput) =>
  useQuery({
    queryKey: appKeys.list(query),
    queryFn: () => apiFetch(`/api/v1/apps?${toSearch(query)}`, ZListAppsResponse),
    placeholderData: keepPreviousData,
  });

export const useApp = (id: string) =>
  useQuery({ queryKey: appKeys.detail(id), queryFn: () => apiFetch(`/api/v1/apps/${id}`, ZAppResponse).then((r) => r.app) });

export const useAppOptions = () =>
  useQuery({ queryKey: appKeys.options, queryFn: () => apiFetch("/api/v1/apps/options", ZAppOptions), staleTime: 60_000 });

export function useAppMutations() {
  const qc = useQueryClient();
  const refreshLists = () => qc.invalidateQueries({ queryKey: appKeys.lists });
  const refreshApp = (id: string) => Promise.all([refreshLists(), qc.invalidateQueries({ queryKey: appKeys.detail(id) })]);
  return {
    create: useMutation({
      mutationFn: (body: TCreateAppRequest) => apiFetch("/api/v1/apps", ZAppResponse, { method: "POST", body }).then((r) => r.app),
      onSuccess: refreshLists,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: TUpdateAppRequest }) =>
        apiFetch(`/api/v1/apps/${id}`, ZAppResponse, { method: "PATCH", body: patch }).then((r) => r.app),
      onSuccess: (app) => {
        qc.setQueryData(appKeys.detail(app.id), app);
        return refreshLists();
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiFetch(`/api/v1/apps/${id}`, ZOk, { method: "DELETE" }),
      onSuccess: (_ok, id) => {
        qc.removeQueries({ queryKey: appKeys.detail(id) });
        return refreshLists();
      },
    }),
    addModelUsage: useMutation({
      mutationFn: ({ appId, usage }: { appId: string; usage: TModelUsageInput }) =>
        apiFetch(`/api/v1/apps/${appId}/model-usages`, ZModelUsageResponse, { method: "POST", body: usage }),
      onSuccess: (_r, { appId }) => refreshApp(appId),
    }),
    removeModelUsage: useMutation({
      mutationFn: ({ appId, usageId }: { appId: string; usageId: string }) =>
        apiFetch(`/api/v1/apps/${appId}/model-usages/${usageId}`, ZOk, { method: "DELETE" }),
      onSuccess: (_r, { appId }) => refreshApp(appId),
    }),
    addDataStore: useMutation({
      mutationFn: ({ appId, store }: { appId: string; store: TDataStoreInput }) =>
        apiFetch(`/api/v1/apps/${appId}/data-stores`, ZDataStoreResponse, { method: "POST", body: store }),
      onSuccess: (_r, { appId }) => refreshApp(appId),
    }),
    removeDataStore: useMutation({
      mutationFn: ({ appId, storeId }: { appId: string; storeId: string }) =>
        apiFetch(`/api/v1/apps/${appId}/data-stores/${storeId}`, ZOk, { method: "DELETE" }),
      onSuccess: (_r, { appId }) => refreshApp(appId),
    }),
  };
}
