// The findings list's filters <-> URL query. The URL uses the API's own parameter names, so a shared link, a
// saved view and the API call are the same string. With no status in the URL the list shows active findings;
// status=all shows every status. Pure.
import { ACTIVE_STATUSES, SORTS, type FindingSort } from "./constants";
import { ZFindingFilters, type TFindingFilters } from "./schemas";

export type ListState = { filters: TFindingFilters; sort: FindingSort; allStatuses: boolean };

const FILTER_KEYS = ["severity", "status", "source", "app", "assignee", "tag", "sla", "q"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export const DEFAULT_LIST_STATE: ListState = { filters: { status: [...ACTIVE_STATUSES] }, sort: "last_seen", allStatuses: false };

/** Reads the state from URL parameters, dropping any value the API would refuse (one bad filter does not void the rest). */
export function listStateFromParams(params: Record<string, string | string[] | undefined>): ListState {
  const first = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.trim();
  };
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = first(key);
    if (!raw) continue;
    const one = ZFindingFilters.safeParse({ [key]: raw });
    if (one.success) filters[key] = one.data[key];
  }
  const allStatuses = first("status") === "all";
  if (!filters.status && !allStatuses) filters.status = [...ACTIVE_STATUSES];
  const sort = first("sort");
  return { filters: filters as TFindingFilters, sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as FindingSort) : "last_seen", allStatuses };
}

const valueOf = (filters: TFindingFilters, key: FilterKey): string | undefined => {
  const v = filters[key];
  return Array.isArray(v) ? v.join(",") : v;
};

/** URL parameters of the state (defaults left out, so plain /findings stays plain). */
export function listStateToParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = valueOf(state.filters, key);
    if (!v) continue;
    if (key === "status" && v === ACTIVE_STATUSES.join(",")) continue;
    params.set(key, v);
  }
  if (state.allStatuses && !state.filters.status) params.set("status", "all");
  if (state.sort !== "last_seen") params.set("sort", state.sort);
  return params;
}

/** Query parameters of GET /api/v1/findings and /counters (without cursor and limit). */
export function apiQueryOf(state: ListState): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = valueOf(state.filters, key);
    if (v) query[key] = v;
  }
  return query;
}

export const isFiltered = (state: ListState) => FILTER_KEYS.some((k) => k !== "status" && valueOf(state.filters, k));
