"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import { catalogKeys } from "@/lib/catalog/hooks";
import type { TClassification } from "@/lib/catalog/constants";
import { ZDatasetResponse } from "@/lib/catalog/schemas";
import { ZMeResponse } from "@/lib/orgs/schemas";
import {
  ZCustomRuleResponse, ZDetectorCatalogResponse, ZListCustomRulesResponse, ZListPoliciesResponse, ZPolicyResponse, ZTestCustomRuleResponse,
  type TCreateCustomRuleRequest, type TPolicySettings, type TTestCustomRuleRequest, type TUpdateCustomRuleRequest,
} from "./policy-schemas";
import { ZAddSamplesResponse, ZDatasetFindingsResponse, ZListSamplesResponse, ZScanRunResponse, type TAddSamplesRequest, type TScanRunDto } from "./scan-schemas";
import { ZScanResponse, type TScanRequest } from "./schemas";

export const dlpKeys = {
  all: ["dlp"] as const,
  detectors: ["dlp", "detectors"] as const,
  policies: ["dlp", "policies"] as const,
  rules: ["dlp", "rules"] as const,
  ruleTest: (input: TTestCustomRuleRequest) => ["dlp", "rule-test", input] as const,
  samples: (datasetId: string) => ["dlp", "samples", datasetId] as const,
  findings: (datasetId: string) => ["dlp", "findings", datasetId] as const,
  scan: (scanId: string) => ["dlp", "scan", scanId] as const,
  myScopes: ["dlp", "my-scopes"] as const,
};


/** The signed-in user's scopes in the active org, for cards mounted on pages that do not pass them down. */
export const useMyScopes = () =>
  useQuery({ queryKey: dlpKeys.myScopes, queryFn: () => apiFetch("/api/v1/me", ZMeResponse).then((r) => new Set<string>(r.scopes)), staleTime: 60_000 });

export const useDetectorCatalog = () =>
  useQuery({ queryKey: dlpKeys.detectors, queryFn: () => apiFetch("/api/v1/dlp/detectors", ZDetectorCatalogResponse), staleTime: 5 * 60_000 });

export const useDlpPolicies = () => useQuery({ queryKey: dlpKeys.policies, queryFn: () => apiFetch("/api/v1/dlp/policies", ZListPoliciesResponse) });

export function useDlpPolicyMutations() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: dlpKeys.policies });
  return {
    saveDefault: useMutation({
      mutationFn: (body: TPolicySettings) => apiFetch("/api/v1/dlp/policies/default", ZPolicyResponse, { method: "PUT", body }).then((r) => r.policy),
      onSuccess,
    }),
    saveApp: useMutation({
      mutationFn: ({ appId, body }: { appId: string; body: TPolicySettings }) =>
        apiFetch(`/api/v1/dlp/policies/apps/${appId}`, ZPolicyResponse, { method: "PUT", body }).then((r) => r.policy),
      onSuccess,
    }),
    inheritDefault: useMutation({
      mutationFn: (appId: string) => apiFetch(`/api/v1/dlp/policies/apps/${appId}`, ZPolicyResponse, { method: "DELETE" }),
      onSuccess,
    }),
  };
}

export const useCustomRules = () => useQuery({ queryKey: dlpKeys.rules, queryFn: () => apiFetch("/api/v1/dlp/rules", ZListCustomRulesResponse).then((r) => r.rules) });

// The detector catalog counts enabled custom rules, so rule changes refresh it too.
export function useCustomRuleMutations() {
  const qc = useQueryClient();
  const onSuccess = () => Promise.all([qc.invalidateQueries({ queryKey: dlpKeys.rules }), qc.invalidateQueries({ queryKey: dlpKeys.detectors })]);
  return {
    create: useMutation({
      mutationFn: (body: TCreateCustomRuleRequest) => apiFetch("/api/v1/dlp/rules", ZCustomRuleResponse, { method: "POST", body }).then((r) => r.rule),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, changes }: { id: string; changes: TUpdateCustomRuleRequest }) =>
        apiFetch(`/api/v1/dlp/rules/${id}`, ZCustomRuleResponse, { method: "PATCH", body: changes }).then((r) => r.rule),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/dlp/rules/${id}`, ZOk, { method: "DELETE" }), onSuccess }),
  };
}

/** The rule editor's live test: one request per distinct (already debounced) input; the last answer stays shown while the next loads. */
export const useRuleTest = (input: TTestCustomRuleRequest | null) =>
  useQuery({
    queryKey: dlpKeys.ruleTest(input ?? { pattern: "", caseInsensitive: false, keywords: [], validator: "none", text: "" }),
    queryFn: () => apiFetch("/api/v1/dlp/rule-tests", ZTestCustomRuleResponse, { method: "POST", body: input }).then((result) => ({ text: input?.text ?? "", result })),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
  });

export const useScanText = () =>
  useMutation({ mutationFn: (body: TScanRequest) => apiFetch("/api/v1/dlp/scan", ZScanResponse, { method: "POST", body }).then((result) => ({ text: body.text, result })) });

export const useDatasetSamples = (datasetId: string) =>
  useQuery({ queryKey: dlpKeys.samples(datasetId), queryFn: () => apiFetch(`/api/v1/datasets/${datasetId}/samples`, ZListSamplesResponse) });

export const useDatasetFindings = (datasetId: string, enabled: boolean) =>
  useQuery({ queryKey: dlpKeys.findings(datasetId), queryFn: () => apiFetch(`/api/v1/datasets/${datasetId}/dlp-findings`, ZDatasetFindingsResponse), enabled });

export const isScanActive = (scan: Pick<TScanRunDto, "status"> | null | undefined) => scan?.status === "QUEUED" || scan?.status === "RUNNING";

/** Polls a scan run every second while the worker has it queued or running. */
export const useDlpScan = (scanId: string | null) =>
  useQuery({
    queryKey: dlpKeys.scan(scanId ?? ""),
    queryFn: () => apiFetch(`/api/v1/dlp/scans/${scanId}`, ZScanRunResponse).then((r) => r.scan),
    enabled: scanId !== null,
    refetchInterval: (query) => (query.state.data && !isScanActive(query.state.data) ? false : 1000),
  });

export function useDatasetScanMutations(datasetId: string) {
  const qc = useQueryClient();
  const refreshSamples = () => qc.invalidateQueries({ queryKey: dlpKeys.samples(datasetId) });
  const refreshAfterScan = useCallback(
    () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: dlpKeys.samples(datasetId) }),
        qc.invalidateQueries({ queryKey: dlpKeys.findings(datasetId) }),
      ]),
    [qc, datasetId],
  );
  return {
    addSamples: useMutation({
      mutationFn: (body: TAddSamplesRequest) => apiFetch(`/api/v1/datasets/${datasetId}/samples`, ZAddSamplesResponse, { method: "POST", body }),
      onSuccess: refreshSamples,
    }),
    startScan: useMutation({
      mutationFn: () => apiFetch(`/api/v1/datasets/${datasetId}/dlp-scans`, ZScanRunResponse, { method: "POST" }).then((r) => r.scan),
      onSuccess: (scan) => qc.setQueryData(dlpKeys.scan(scan.id), scan),
    }),
    /** After a scan ends: sample counts and findings change (stable, for effects). */
    refreshAfterScan,
    /** Raise the dataset's classification to what its findings call for. */
    classify: useMutation({
      mutationFn: (classification: TClassification) =>
        apiFetch(`/api/v1/datasets/${datasetId}`, ZDatasetResponse, { method: "PATCH", body: { classification } }).then((r) => r.dataset),
      onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: catalogKeys.all }), qc.invalidateQueries({ queryKey: dlpKeys.findings(datasetId) })]),
    }),
  };
}
