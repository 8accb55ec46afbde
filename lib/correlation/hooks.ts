"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZListCorrelationRunsResponse } from "./schemas";

export const correlationKeys = { runs: ["correlation-runs"] as const };

export const useCorrelationRuns = () =>
  useQuery({
    queryKey: correlationKeys.runs,
    queryFn: () => apiFetch("/api/v1/correlations/runs?limit=5", ZListCorrelationRunsResponse).then((r) => r.rules),
    refetchInterval: 60_000,
  });
