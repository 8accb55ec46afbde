"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZApiKeyResponse, ZCreateApiKeyResponse, ZListApiKeysResponse, type TCreateApiKeyRequest } from "./schemas";

export const apiKeyKeys = { all: ["api-keys"] as const };

export const useApiKeys = () =>
  useQuery({ queryKey: apiKeyKeys.all, queryFn: () => apiFetch("/api/v1/api-keys", ZListApiKeysResponse).then((r) => r.apiKeys) });

export function useApiKeyMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: apiKeyKeys.all });
  return {
    create: useMutation({ mutationFn: (body: TCreateApiKeyRequest) => apiFetch("/api/v1/api-keys", ZCreateApiKeyResponse, { method: "POST", body }), onSuccess: invalidate }),
    revoke: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/api-keys/${id}`, ZApiKeyResponse, { method: "DELETE" }), onSuccess: invalidate }),
  };
}
