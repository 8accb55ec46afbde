"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import {
  ZCatalogOptionsResponse, ZDataSourceResponse, ZDatasetDetailResponse, ZDatasetLinkResponse, ZDatasetResponse, ZListDataSourcesResponse,
  ZListDatasetsResponse, ZReachabilityResponse, type TCreateDataSourceRequest, type TCreateDatasetLinkRequest, type TCreateDatasetRequest,
  type TListDatasetsQuery, type TUpdateDatasetRequest,
} from "./schemas";

export const catalogKeys = {
  all: ["catalog"] as const,
  sources: ["catalog", "sources"] as const,
  datasets: (filters: TListDatasetsQuery) => ["catalog", "datasets", filters] as const,
  dataset: (id: string) => ["catalog", "dataset", id] as const,
  reachability: ["catalog", "reachability"] as const,
  options: ["catalog", "options"] as const,
};

function toQuery(filters: TListDatasetsQuery) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const useDataSources = () =>
  useQuery({ queryKey: catalogKeys.sources, queryFn: () => apiFetch("/api/v1/data-sources", ZListDataSourcesResponse).then((r) => r.dataSources) });

export const useDatasets = (filters: TListDatasetsQuery) =>
  useQuery({ queryKey: catalogKeys.datasets(filters), queryFn: () => apiFetch(`/api/v1/datasets${toQuery(filters)}`, ZListDatasetsResponse).then((r) => r.datasets) });

export const useDataset = (id: string) =>
  useQuery({ queryKey: catalogKeys.dataset(id), queryFn: () => apiFetch(`/api/v1/datasets/${id}`, ZDatasetDetailResponse) });

export const useReachability = () =>
  useQuery({ queryKey: catalogKeys.reachability, queryFn: () => apiFetch("/api/v1/catalog/reachability", ZReachabilityResponse) });

export const useCatalogOptions = () =>
  useQuery({ queryKey: catalogKeys.options, queryFn: () => apiFetch("/api/v1/catalog/options", ZCatalogOptionsResponse) });

// Sources, datasets, links and reachability all depend on each other: any change refreshes the catalog.
export function useCatalogMutations() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: catalogKeys.all });
  return {
    createSource: useMutation({
      mutationFn: (body: TCreateDataSourceRequest) => apiFetch("/api/v1/data-sources", ZDataSourceResponse, { method: "POST", body }).then((r) => r.dataSource),
      onSuccess,
    }),
    deleteSource: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/data-sources/${id}`, ZOk, { method: "DELETE" }), onSuccess }),
    createDataset: useMutation({
      mutationFn: (body: TCreateDatasetRequest) => apiFetch("/api/v1/datasets", ZDatasetResponse, { method: "POST", body }).then((r) => r.dataset),
      onSuccess,
    }),
    updateDataset: useMutation({
      mutationFn: ({ id, changes }: { id: string; changes: TUpdateDatasetRequest }) =>
        apiFetch(`/api/v1/datasets/${id}`, ZDatasetResponse, { method: "PATCH", body: changes }).then((r) => r.dataset),
      onSuccess,
    }),
    deleteDataset: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/datasets/${id}`, ZOk, { method: "DELETE" }), onSuccess }),
    link: useMutation({
      mutationFn: ({ datasetId, ...body }: { datasetId: string } & TCreateDatasetLinkRequest) =>
        apiFetch(`/api/v1/datasets/${datasetId}/links`, ZDatasetLinkResponse, { method: "POST", body }).then((r) => r.link),
      onSuccess,
    }),
    unlink: useMutation({
      mutationFn: ({ datasetId, linkId }: { datasetId: string; linkId: string }) =>
        apiFetch(`/api/v1/datasets/${datasetId}/links/${linkId}`, ZOk, { method: "DELETE" }),
      onSuccess,
    }),
  };
}
