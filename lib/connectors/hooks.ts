"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ingestKeys } from "@/lib/ingest/hooks";
import { ZListConnectorsResponse, ZPullResponse } from "./schemas";

export const connectorKeys = { all: ["connectors"] as const };

export const useConnectors = () =>
  useQuery({ queryKey: connectorKeys.all, queryFn: () => apiFetch("/api/v1/connectors", ZListConnectorsResponse).then((r) => r.connectors) });

export function usePullNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(`/api/v1/connectors/${id}/pull`, ZPullResponse, { method: "POST" }).then((r) => r.pull),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: connectorKeys.all }), qc.invalidateQueries({ queryKey: ingestKeys.all })]),
  });
}
