// The apps list's state <-> URL query string, so filtered views can be bookmarked and shared. Pure.
import { DEFAULT_ORDER, ZListAppsQuery, type AppSort, type SortOrder, type TListAppsQueryInput } from "./list-schemas";

export type AppListState = {
  q: string;
  owner: string;
  lifecycle: string;
  provider: string;
  exposure: string;
  sort: AppSort;
  order: SortOrder;
  page: number;
};

export const APP_PAGE_SIZE = 20;
export const EMPTY_LIST_STATE: AppListState = { q: "", owner: "", lifecycle: "", provider: "", exposure: "", sort: "name", order: "asc", page: 1 };

const FILTERS = ["q", "owner", "lifecycle", "provider", "exposure"] as const;

/** Reads the state from URL parameters, dropping any value the API would refuse. */
export function listStateFromParams(params: Record<string, string | string[] | undefined>): AppListState {
  const state = { ...EMPTY_LIST_STATE };
  const first = (key: string) => {
    const v = params[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const valid = (key: string, value: string | undefined) => value !== undefined && ZListAppsQuery.safeParse({ [key]: value }).success;
  for (const key of FILTERS) {
    const value = first(key);
    if (valid(key, value)) state[key] = value!.trim();
  }
  const sort = first("sort");
  if (valid("sort", sort)) state.sort = sort as AppSort;
  const order = first("order");
  state.order = order === "asc" || order === "desc" ? order : DEFAULT_ORDER[state.sort];
  const page = first("page");
  if (valid("page", page)) state.page = Number(page);
  return state;
}

/** URL parameters for the state, leaving out defaults so plain /apps stays plain. */
export function listStateToParams(state: AppListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (state[key].trim()) params.set(key, state[key].trim());
  if (state.sort !== EMPTY_LIST_STATE.sort) params.set("sort", state.sort);
  if (state.order !== DEFAULT_ORDER[state.sort]) params.set("order", state.order);
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/** The API query for the state (always by page, with a fixed page size). */
export function listStateToQuery(state: AppListState): TListAppsQueryInput {
  const query: TListAppsQueryInput = { sort: state.sort, order: state.order, page: state.page, limit: APP_PAGE_SIZE };
  for (const key of FILTERS) if (state[key].trim()) Object.assign(query, { [key]: state[key].trim() });
  return query;
}

/** Clicking a column header: a new column starts in its natural order, the same column flips. */
export function toggleSort(state: AppListState, sort: AppSort): AppListState {
  const order = state.sort === sort ? (state.order === "asc" ? "desc" : "asc") : DEFAULT_ORDER[sort];
  return { ...state, sort, order, page: 1 };
}

export const pageCount = (total: number, pageSize = APP_PAGE_SIZE) => Math.max(1, Math.ceil(total / pageSize));
