"use client";

import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cloudQueryOf, EMPTY_EXPLORER_STATE, explorerStateToParams, llmQueryOf, switchTab, windowOf, type ExplorerState } from "@/lib/events/explorer-url";
import { useEventFacets } from "@/lib/events/hooks";
import { CloudEventsList } from "./cloud-events-list";
import { CloudFilters } from "./cloud-filters";
import { EventsTabs, tabLabelledBy, tabPanelId } from "./events-tabs";
import { LlmEventsList } from "./llm-events-list";
import { LlmFilters } from "./llm-filters";
import { RangeField } from "./range-field";

const FILTER_KEYS = ["app", "provider", "model", "principal", "operation", "hasFindings", "service", "action", "outcome"] as const;

export function EventsExplorer({ initialState }: { initialState: ExplorerState }) {
  const [state, setState] = useState(initialState);
  // Presets ("last 24 hours") end when the filters were last applied, so the query key stays stable between renders.
  const [anchor, setAnchor] = useState(() => Date.now());

  // Keep the address bar in step, so a filtered view can be bookmarked or shared (no server round trip).
  useEffect(() => {
    const query = explorerStateToParams(state).toString();
    window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
  }, [state]);

  const apply = (next: ExplorerState) => {
    setState(next);
    setAnchor(Date.now());
  };
  const change = (patch: Partial<ExplorerState>) => apply({ ...state, ...patch });
  const clear = () => apply({ ...EMPTY_EXPLORER_STATE, tab: state.tab, range: state.range, from: state.from, to: state.to });

  const window_ = useMemo(() => windowOf(state, anchor), [state, anchor]);
  const facets = useEventFacets(window_);
  const llmQuery = useMemo(() => llmQueryOf(state, anchor), [state, anchor]);
  const cloudQuery = useMemo(() => cloudQueryOf(state, anchor), [state, anchor]);
  const filtered = FILTER_KEYS.some((k) => Boolean(state[k]));

  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <EventsTabs current={state.tab} onSelect={(tab) => tab !== state.tab && apply(switchTab(state, tab))} />
        <div className="flex items-end gap-2">
          <RangeField value={state} onChange={(range) => change(range)} />
          <Button variant="ghost" onClick={() => setAnchor(Date.now())}>Refresh</Button>
        </div>
      </div>
      <div id={tabPanelId(state.tab)} role="tabpanel" aria-labelledby={tabLabelledBy(state.tab)} className="mt-2 space-y-4">
        {state.tab === "llm" ? <LlmFilters state={state} facets={facets.data} onChange={change} /> : <CloudFilters state={state} providers={facets.data?.cloudProviders ?? []} onChange={change} />}
        <div className="flex justify-end">
          <Button variant="ghost" disabled={!filtered} onClick={clear}>Clear filters</Button>
        </div>
        {state.tab === "llm" ? <LlmEventsList query={llmQuery} filtered={filtered} onClear={clear} /> : <CloudEventsList query={cloudQuery} filtered={filtered} onClear={clear} />}
      </div>
    </Card>
  );
}
