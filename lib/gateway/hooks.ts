"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import {
  ZCreateGatewayKeyResponse, ZGatewayAppSettings, ZGatewayKeyResponse, ZGatewayOrgSettings, ZGatewayUsage, ZListGatewayKeysResponse,
  type TCreateGatewayKeyRequest, type TGatewayAppSettingsBody,
} from "./schemas";

export const gatewayKeys = {
  all: ["gateway"] as const,
  keys: ["gateway", "keys"] as const,
  usage: (days: number, appId?: string) => ["gateway", "usage", days, appId ?? "all"] as const,
  app: (appId: string) => ["gateway", "apps", appId] as const,
  settings: ["gateway", "settings"] as const,
};

export const useGatewayKeys = () =>
  useQuery({ queryKey: gatewayKeys.keys, queryFn: () => apiFetch("/api/v1/gateway/keys", ZListGatewayKeysResponse).then((r) => r.keys) });

export const useGatewayUsage = (days: number, appId?: string) =>
  useQuery({
    queryKey: gatewayKeys.usage(days, appId),
    queryFn: () => apiFetch(`/api/v1/gateway/usage?days=${days}${appId ? `&appId=${encodeURIComponent(appId)}` : ""}`, ZGatewayUsage),
    placeholderData: keepPreviousData,
  });

export const useGatewayAppSettings = (appId: string) =>
  useQuery({
    queryKey: gatewayKeys.app(appId),
    queryFn: () => apiFetch(`/api/v1/gateway/apps/${appId}`, ZGatewayAppSettings),
    enabled: appId !== "",
  });

export const useGatewayOrgSettings = () =>
  useQuery({ queryKey: gatewayKeys.settings, queryFn: () => apiFetch("/api/v1/gateway/settings", ZGatewayOrgSettings) });

export function useGatewayKeyMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: gatewayKeys.keys });
  return {
    /** The answer carries the secret: the only time it is ever available. */
    create: useMutation({
      mutationFn: (body: TCreateGatewayKeyRequest) => apiFetch("/api/v1/gateway/keys", ZCreateGatewayKeyResponse, { method: "POST", body }),
      onSuccess: invalidate,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => apiFetch(`/api/v1/gateway/keys/${id}`, ZGatewayKeyResponse, { method: "DELETE" }).then((r) => r.key),
      onSuccess: invalidate,
    }),
  };
}

export function useGatewaySettingsMutations() {
  const qc = useQueryClient();
  return {
    saveApp: useMutation({
      mutationFn: ({ appId, body }: { appId: string; body: TGatewayAppSettingsBody }) =>
        apiFetch(`/api/v1/gateway/apps/${appId}`, ZGatewayAppSettings, { method: "PUT", body }),
      onSuccess: (saved) => qc.setQueryData(gatewayKeys.app(saved.appId), saved),
    }),
    saveOrg: useMutation({
      mutationFn: (body: { storeContent: boolean }) => apiFetch("/api/v1/gateway/settings", ZGatewayOrgSettings, { method: "PUT", body }),
      onSuccess: (saved) => qc.setQueryData(gatewayKeys.settings, saved),
    }),
  };
}
