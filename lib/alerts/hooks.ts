"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import {
  ZAlertWebhookSecretResponse, ZListAlertDeliveriesResponse, ZListAlertWebhooksResponse, ZTestAlertWebhookResponse,
  type TCreateAlertWebhookRequest, type TUpdateAlertWebhookRequest,
} from "./schemas";

export const alertKeys = { webhooks: ["alerts", "webhooks"] as const, deliveries: (webhookId: string | null) => ["alerts", "deliveries", webhookId] as const };

export const useAlertWebhooks = () =>
  useQuery({ queryKey: alertKeys.webhooks, queryFn: () => apiFetch("/api/v1/alerts/webhooks", ZListAlertWebhooksResponse).then((r) => r.webhooks) });

export const useAlertDeliveries = (webhookId: string | null) =>
  useQuery({
    queryKey: alertKeys.deliveries(webhookId),
    queryFn: () => apiFetch(`/api/v1/alerts/deliveries?limit=50${webhookId ? `&webhookId=${webhookId}` : ""}`, ZListAlertDeliveriesResponse).then((r) => r.deliveries),
    refetchInterval: 30_000,
  });

export function useAlertWebhookMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: ["alerts"] });
  return {
    create: useMutation({
      mutationFn: (body: TCreateAlertWebhookRequest) => apiFetch("/api/v1/alerts/webhooks", ZAlertWebhookSecretResponse, { method: "POST", body }),
      onSuccess: invalidate,
    }),
    update: useMutation({
      mutationFn: ({ id, change }: { id: string; change: TUpdateAlertWebhookRequest }) =>
        apiFetch(`/api/v1/alerts/webhooks/${id}`, ZAlertWebhookSecretResponse, { method: "PATCH", body: change }),
      onSuccess: invalidate,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/alerts/webhooks/${id}`, ZOk, { method: "DELETE" }), onSuccess: invalidate }),
    test: useMutation({
      mutationFn: (id: string) => apiFetch(`/api/v1/alerts/webhooks/${id}/test`, ZTestAlertWebhookResponse, { method: "POST" }),
      onSuccess: invalidate,
    }),
  };
}
