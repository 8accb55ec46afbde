"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import { ZListModelPricesResponse, ZModelPriceResponse, type TCreateModelPriceRequest, type TUpdateModelPriceRequest } from "./schemas";

export const modelPriceKeys = { all: ["model-prices"] as const };

export const useModelPrices = () => useQuery({ queryKey: modelPriceKeys.all, queryFn: () => apiFetch("/api/v1/model-prices", ZListModelPricesResponse) });

export function useModelPriceMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: modelPriceKeys.all });
  return {
    create: useMutation({ mutationFn: (body: TCreateModelPriceRequest) => apiFetch("/api/v1/model-prices", ZModelPriceResponse, { method: "POST", body }), onSuccess: invalidate }),
    update: useMutation({
      mutationFn: ({ id, ...body }: TUpdateModelPriceRequest & { id: string }) => apiFetch(`/api/v1/model-prices/${id}`, ZModelPriceResponse, { method: "PATCH", body }),
      onSuccess: invalidate,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/model-prices/${id}`, ZOk, { method: "DELETE" }), onSuccess: invalidate }),
  };
}
