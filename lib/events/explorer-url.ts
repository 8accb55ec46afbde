// The events explorer's filters <-> URL query, so a filtered view can be bookmarked and shared; and the API
// queries they stand for. Pure.
import { ZId } from "@/lib/api/common";
import { CLOUD_OUTCOMES, UNMAPPED_KEY } from "./schemas";
import { isPreset, presetRange, type RangePreset } from "./time-range";

export type EventsTab = "llm" | "cloud";
export type ExplorerState = {
  tab: EventsTab;
  range: RangePreset | "custom";
  /** ISO instants, used when range is "custom". */
  from: string;
  to: string;
  /** "" (any), "unmapped", or an app id. */
  app: string;
  provider: string;
  model: string;
  principal: string;
  operation: string;
  hasFindings: boolean;
  service: string;
  action: string;
  outcome: string;
};

export const EMPTY_EXPLORER_STATE: ExplorerState = {
  tab: "llm", range: "7d", from: "", to: "", app: "", provider: "", model: "", principal: "", operation: "", hasFindings: false, service: "", action: "", outcome: "",
};

const TEXT_LIMITS = { provider: 60, model: 200, principal: 500, operation: 60, service: 200, action: 200 } as const;
type TextKey = keyof typeof TEXT_LIMITS;
const TEXT_KEYS = Object.keys(TEXT_LIMITS) as TextKey[];

const isIso = (v: string | undefined): v is string => v !== undefined && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v));

/** Reads the state from URL parameters, dropping any value the API would refuse. */
export function explorerStateFromParams(params: Record<string, string | string[] | undefined>): ExplorerState {
  const first = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.trim();
  };
  const state: ExplorerState = { ...EMPTY_EXPLORER_STATE, tab: first("tab") === "cloud" ? "cloud" : "llm" };
  const range = first("range");
  const from = first("from");
  const to = first("to");
  if (isPreset(range)) state.range = range;
  else if (range === "custom" && isIso(from) && isIso(to) && Date.parse(from) < Date.parse(to)) Object.assign(state, { range: "custom", from, to });
  const app = first("app");
  if (app === UNMAPPED_KEY || ZId.safeParse(app).success) state.app = app!;
  for (const key of TEXT_KEYS) {
    const value = first(key);
    if (value && value.length <= TEXT_LIMITS[key]) state[key] = value;
  }
  state.hasFindings = first("findings") === "1";
  const outcome = first("outcome");
  if ((CLOUD_OUTCOMES as readonly string[]).includes(outcome ?? "")) state.outcome = outcome!;
  return state;
}

/** URL parameters for the state, leaving out defaults so plain /ingestion/events stays plain. */
export function explorerStateToParams(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab === "cloud") params.set("tab", "cloud");
  if (state.range === "custom") {
    params.set("range", "custom");
    params.set("from", state.from);
    params.set("to", state.to);
  } else if (state.range !== EMPTY_EXPLORER_STATE.range) params.set("range", state.range);
  if (state.app) params.set("app", state.app);
  for (const key of TEXT_KEYS) if (state[key].trim()) params.set(key, state[key].trim());
  if (state.hasFindings) params.set("findings", "1");
  if (state.outcome) params.set("outcome", state.outcome);
  return params;
}

/** The window of the state: a preset ends at `now` (when the filters were last applied). */
export const windowOf = (state: Pick<ExplorerState, "range" | "from" | "to">, now: number) =>
  state.range === "custom" ? { from: state.from, to: state.to } : presetRange(state.range, now);

const defined = (o: Record<string, string | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Record<string, string>;

/** Query parameters of GET /api/v1/events/llm (without cursor and limit). */
export function llmQueryOf(state: ExplorerState, now: number): Record<string, string> {
  return defined({
    ...windowOf(state, now),
    ...(state.app === UNMAPPED_KEY ? { unmapped: "true" } : { appId: state.app }),
    provider: state.provider.trim(), model: state.model.trim(), principal: state.principal.trim(), operation: state.operation.trim(),
    hasFindings: state.hasFindings ? "true" : undefined,
  });
}

/** Query parameters of GET /api/v1/events/cloud (without cursor and limit). */
export function cloudQueryOf(state: ExplorerState, now: number): Record<string, string> {
  return defined({
    ...windowOf(state, now),
    provider: state.provider.trim(), principal: state.principal.trim(), service: state.service.trim(), action: state.action.trim(), outcome: state.outcome,
  });
}

/** Switching tabs keeps the time window and drops the other tab's filters (their values differ: aws vs aws.bedrock). */
export const switchTab = (state: ExplorerState, tab: EventsTab): ExplorerState => ({ ...EMPTY_EXPLORER_STATE, tab, range: state.range, from: state.from, to: state.to });
