"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZAuthorizeResponse, ZOAuthConnectionResponse } from "./schemas";

// Under the integrations key, so refreshing an integration also refreshes its connection status.
export const oauthKeys = { connection: (integrationId: string) => ["integrations", "oauth", integrationId] as const };

export const useOAuthConnection = (integrationId: string) =>
  useQuery({
    queryKey: oauthKeys.connection(integrationId),
    queryFn: () => apiFetch(`/api/v1/integrations/${integrationId}/oauth`, ZOAuthConnectionResponse).then((r) => r.connection),
  });

export function useOAuthMutations(integrationId: string) {
  const qc = useQueryClient();
  return {
    /** Leaves the console for the provider's sign-in page; the callback brings the browser back. */
    connect: useMutation({
      mutationFn: () => apiFetch(`/api/v1/integrations/${integrationId}/oauth/authorize`, ZAuthorizeResponse, { method: "POST" }),
      onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
    }),
    disconnect: useMutation({
      mutationFn: () => apiFetch(`/api/v1/integrations/${integrationId}/oauth/disconnect`, ZOAuthConnectionResponse, { method: "POST" }),
      onSuccess: ({ connection }) => {
        qc.setQueryData(oauthKeys.connection(integrationId), connection);
        return qc.invalidateQueries({ queryKey: ["integrations"] });
      },
    }),
  };
}
