"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import { ZAppScorecard, ZAttestation, ZControlCatalog, ZPostureRuns, ZPostureSummary, ZPostureTrend, ZRecomputeResponse, type TAppScorecard, type TAttestRequest } from "./schemas";

export const postureKeys = {
  all: ["posture"] as const,
  summary: ["posture", "summary"] as const,
  controls: ["posture", "controls"] as const,
  app: (id: string) => ["posture", "app", id] as const,
  trend: (days: number) => ["posture", "trend", days] as const,
  runs: ["posture", "runs"] as const,
};

export const usePostureSummary = () =>
  useQuery({ queryKey: postureKeys.summary, queryFn: () => apiFetch("/api/v1/posture", ZPostureSummary) });

export const usePostureControls = () => useQuery({ queryKey: postureKeys.controls, queryFn: () => apiFetch("/api/v1/posture/controls", ZControlCatalog) });

export const useAppScorecard = (id: string) =>
  useQuery({ queryKey: postureKeys.app(id), queryFn: () => apiFetch(`/api/v1/posture/apps/${id}`, ZAppScorecard) });

export const usePostureTrend = (days = 90) =>
  useQuery({ queryKey: postureKeys.trend(days), queryFn: () => apiFetch(`/api/v1/posture/trend?days=${days}`, ZPostureTrend).then((r) => r.points) });

export const usePostureRuns = () =>
  useQuery({ queryKey: postureKeys.runs, queryFn: () => apiFetch("/api/v1/posture/runs", ZPostureRuns).then((r) => r.runs) });

// A change queues a recompute on the worker (debounced ~10 s for evidence changes): the mutations below resolve once
// it has landed (the marker moved) or after POLL_LIMIT_MS, calling onQueued as soon as the API accepted the change.
const POLL_MS = 2000;
const POLL_LIMIT_MS = 90_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `marker` until `landed` holds for its value; false when POLL_LIMIT_MS passed first. */
async function waitFor(marker: () => Promise<string | null>, landed: (value: string | null) => boolean): Promise<boolean> {
  for (let waited = 0; waited < POLL_LIMIT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    const value = await marker().catch(() => undefined);
    if (value !== undefined && landed(value)) return true;
  }
  return false;
}

const latestRunId = () => apiFetch("/api/v1/posture/runs", ZPostureRuns).then((r) => r.runs[0]?.id ?? null);
const evaluatedAt = (appId: string) => apiFetch(`/api/v1/posture/apps/${appId}`, ZAppScorecard).then((r) => r.evaluatedAt);

type Queued = { onQueued?: () => void };
export type RecomputeOutcome = { landed: boolean };

export function usePostureMutations() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: postureKeys.all });
  // Both times come from the server's clock: a recompute that started after the change has an evaluatedAt past it.
  const afterAppChange = async (appId: string, change: () => Promise<{ at: string | null }>, onQueued?: () => void): Promise<RecomputeOutcome> => {
    const before = qc.getQueryData<TAppScorecard>(postureKeys.app(appId))?.evaluatedAt ?? (await evaluatedAt(appId));
    const { at } = await change();
    onQueued?.();
    await qc.invalidateQueries({ queryKey: postureKeys.app(appId) });
    return { landed: await waitFor(() => evaluatedAt(appId), (v) => v !== null && v !== before && (at === null || v >= at)) };
  };
  return {
    attest: useMutation({
      mutationFn: ({ body, onQueued }: { body: TAttestRequest } & Queued) =>
        afterAppChange(body.appId, () => apiFetch("/api/v1/posture/attestations", ZAttestation, { method: "POST", body }).then((a) => ({ at: a.createdAt })), onQueued),
      onSettled: refresh,
    }),
    withdraw: useMutation({
      mutationFn: ({ appId, attestationId, onQueued }: { appId: string; attestationId: string } & Queued) =>
        afterAppChange(appId, () => apiFetch(`/api/v1/posture/attestations/${attestationId}`, ZOk, { method: "DELETE" }).then(() => ({ at: null })), onQueued),
      onSettled: refresh,
    }),
    recompute: useMutation({
      mutationFn: async ({ onQueued }: Queued = {}): Promise<RecomputeOutcome> => {
        const before = await latestRunId();
        await apiFetch("/api/v1/posture/recompute", ZRecomputeResponse, { method: "POST" });
        onQueued?.();
        return { landed: await waitFor(latestRunId, (id) => id !== before) };
      },
      onSettled: refresh,
    }),
  };
}
