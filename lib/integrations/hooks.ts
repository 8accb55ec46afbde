"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import {
  ZIntegrationResponse, ZListIntegrationsResponse, ZRotationResponse, ZSecretResponse,
  type TCreateIntegrationInput, type TListIntegrationsQuery, type TUpdateIntegrationRequest,
} from "./schemas";

export const integrationKeys = {
  all: ["integrations"] as const,
  list: (filters: TListIntegrationsQuery) => ["integrations", "list", filters] as const,
  detail: (id: string) => ["integrations", "detail", id] as const,
  rotation: ["integrations", "rotation"] as const,
};

function toQuery(filters: TListIntegrationsQuery) {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.q) params.set("q", filters.q);
  const s = params.toString();
  return s ? `?${s}` : "";
}

export const useIntegrations = (filters: TListIntegrationsQuery) =>
  useQuery({
    queryKey: integrationKeys.list(filters),
    queryFn: () => apiFetch(`/api/v1/integrations${toQuery(filters)}`, ZListIntegrationsResponse).then((r) => r.integrations),
  });

export const useIntegration = (id: string) =>
  useQuery({ queryKey: integrationKeys.detail(id), queryFn: () => apiFetch(`/api/v1/integrations/${id}`, ZIntegrationResponse).then((r) => r.integration), retry: false });

export const useSecretRotation = () =>
  useQuery({ queryKey: integrationKeys.rotation, queryFn: () => apiFetch("/api/v1/integrations/rotation", ZRotationResponse).then((r) => r.secrets) });

export function useIntegrationMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: integrationKeys.all });
  const secretPath = (id: string, secretId: string) => `/api/v1/integrations/${id}/secrets/${secretId}`;
  return {
    create: useMutation({
      mutationFn: (body: TCreateIntegrationInput) => apiFetch("/api/v1/integrations", ZIntegrationResponse, { method: "POST", body }).then((r) => r.integration),
      onSuccess: invalidate,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & TUpdateIntegrationRequest) =>
        apiFetch(`/api/v1/integrations/${id}`, ZIntegrationResponse, { method: "PATCH", body }).then((r) => r.integration),
      onSuccess: invalidate,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/integrations/${id}`, ZOk, { method: "DELETE" }), onSuccess: invalidate }),
    rotate: useMutation({
      mutationFn: ({ id, secretId, value }: { id: string; secretId: string; value: string }) =>
        apiFetch(`${secretPath(id, secretId)}/rotate`, ZSecretResponse, { method: "POST", body: { value } }).then((r) => r.secret),
      onSuccess: invalidate,
    }),
    setPolicy: useMutation({
      mutationFn: ({ id, secretId, rotationDays }: { id: string; secretId: string; rotationDays: number }) =>
        apiFetch(secretPath(id, secretId), ZSecretResponse, { method: "PATCH", body: { rotationDays } }).then((r) => r.secret),
      onSuccess: invalidate,
    }),
  };
}
