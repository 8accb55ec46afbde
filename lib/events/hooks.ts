"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZCloudEventResponse, ZEventFacets, ZListCloudEventsResponse, ZListLlmEventsResponse, ZLlmEventResponse, ZUsageResponse, type TUsageQuery } from "./schemas";

export const EVENTS_PAGE_SIZE = 50;

export const eventKeys = {
  llm: (query: Record<string, string>) => ["events", "llm", query] as const,
  llmDetail: (id: string) => ["events", "llm", "detail", id] as const,
  cloud: (query: Record<string, string>) => ["events", "cloud", query] as const,
  cloudDetail: (id: string) => ["events", "cloud", "detail", id] as const,
  facets: (window: { from: string; to: string }) => ["events", "facets", window] as const,
  usage: (query: TUsageQuery) => ["usage", query] as const,
};

const search = (query: Record<string, string>, cursor: string | null) => {
  const params = new URLSearchParams(query);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(EVENTS_PAGE_SIZE));
  return params.toString();
};

export const useLlmEvents = (query: Record<string, string>) =>
  useInfiniteQuery({
    queryKey: eventKeys.llm(query),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => apiFetch(`/api/v1/events/llm?${search(query, pageParam)}`, ZListLlmEventsResponse),
    getNextPageParam: (last) => last.nextCursor,
  });

export const useCloudEvents = (query: Record<string, string>) =>
  useInfiniteQuery({
    queryKey: eventKeys.cloud(query),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => apiFetch(`/api/v1/events/cloud?${search(query, pageParam)}`, ZListCloudEventsResponse),
    getNextPageParam: (last) => last.nextCursor,
  });

export const useLlmEvent = (id: string) =>
  useQuery({ queryKey: eventKeys.llmDetail(id), queryFn: () => apiFetch(`/api/v1/events/llm/${id}`, ZLlmEventResponse).then((r) => r.event) });

export const useCloudEvent = (id: string) =>
  useQuery({ queryKey: eventKeys.cloudDetail(id), queryFn: () => apiFetch(`/api/v1/events/cloud/${id}`, ZCloudEventResponse).then((r) => r.event) });

export const useEventFacets = (window: { from: string; to: string }) =>
  useQuery({
    queryKey: eventKeys.facets(window),
    queryFn: () => apiFetch(`/api/v1/events/facets?${new URLSearchParams(window).toString()}`, ZEventFacets),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useUsage = (query: TUsageQuery) =>
  useQuery({
    queryKey: eventKeys.usage(query),
    queryFn: () => apiFetch(`/api/v1/usage?${new URLSearchParams(query).toString()}`, ZUsageResponse),
    placeholderData: keepPreviousData,
  });
