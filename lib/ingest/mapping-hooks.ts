"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { ZOk } from "@/lib/api/common";
import { apiFetch } from "@/lib/api-client";
import { ZCreateMappingRuleResponse, ZListMappingRulesResponse, type ZCreateMappingRuleRequest } from "./schemas";

const key = ["ingest", "mapping-rules"] as const;

export const useMappingRules = () => useQuery({ queryKey: key, queryFn: () => apiFetch("/api/v1/ingest/mapping-rules", ZListMappingRulesResponse).then((r) => r.rules) });

export function useMappingRuleMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ["ingest"] });
  return {
    create: useMutation({ mutationFn: (body: z.input<typeof ZCreateMappingRuleRequest>) => apiFetch("/api/v1/ingest/mapping-rules", ZCreateMappingRuleResponse, { method: "POST", body }), onSuccess: done }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/ingest/mapping-rules/${id}`, ZOk, { method: "DELETE" }), onSuccess: done }),
  };
}
