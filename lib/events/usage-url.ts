// The usage page's choices <-> URL query, and the API query they stand for. Pure.
import { USAGE_GROUPS, type UsageBucket, type UsageGroup } from "./schemas";
import { isPreset, presetRange, type RangePreset } from "./time-range";

export type UsageState = { range: RangePreset; groupBy: UsageGroup };
export const DEFAULT_USAGE_STATE: UsageState = { range: "7d", groupBy: "app" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function usageStateFromParams(params: Record<string, string | string[] | undefined>): UsageState {
  const range = first(params.range);
  const groupBy = first(params.groupBy);
  return {
    range: isPreset(range) ? range : DEFAULT_USAGE_STATE.range,
    groupBy: (USAGE_GROUPS as readonly string[]).includes(groupBy ?? "") ? (groupBy as UsageGroup) : DEFAULT_USAGE_STATE.groupBy,
  };
}

export function usageStateToParams(state: UsageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.range !== DEFAULT_USAGE_STATE.range) params.set("range", state.range);
  if (state.groupBy !== DEFAULT_USAGE_STATE.groupBy) params.set("groupBy", state.groupBy);
  return params;
}

/** Hourly buckets for the last day, daily otherwise. */
export const bucketFor = (range: RangePreset): UsageBucket => (range === "24h" ? "hour" : "day");

export const usageQueryOf = (state: UsageState, now: number) => ({ ...presetRange(state.range, now), bucket: bucketFor(state.range), groupBy: state.groupBy });
