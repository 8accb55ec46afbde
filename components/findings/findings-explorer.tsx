"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { LoadMore } from "@/components/events/load-more";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import type { Severity } from "@/lib/findings/constants";
import { useFindingCounters, useFindings } from "@/lib/findings/hooks";
import { apiQueryOf, DEFAULT_LIST_STATE, isFiltered, listStateFromParams, listStateToParams, type ListState } from "@/lib/findings/list-url";
import { BulkActions } from "./bulk-actions";
import { FindingsCounters } from "./findings-counters";
import { FindingsFilters } from "./findings-filters";
import { FindingsTable } from "./findings-table";
import { NewFindingForm } from "./new-finding-form";
import { SavedViews } from "./saved-views";

export function FindingsExplorer({ initialState, canTriage }: { initialState: ListState; canTriage: boolean }) {
  const [state, setState] = useState(initialState);
  // Bumped when the whole state is replaced (saved view, clear), so the text fields take the new values.
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recording, setRecording] = useState(false);
  const urlQuery = listStateToParams(state).toString();

  // The address bar follows the filters, so a view can be bookmarked or shared.
  useEffect(() => {
    window.history.replaceState(window.history.state, "", urlQuery ? `?${urlQuery}` : window.location.pathname);
  }, [urlQuery]);

  const query = useMemo(() => apiQueryOf(state), [state]);
  const findings = useFindings(query, state.sort);
  const counters = useFindingCounters(query);
  const rows = findings.data?.pages.flatMap((p) => p.findings) ?? [];

  const change = (next: ListState) => {
    setState(next);
    setSelected(new Set());
  };
  const replace = (next: ListState) => {
    change(next);
    setGeneration((g) => g + 1);
  };
  const toggleSeverity = (s: Severity) => {
    const current = state.filters.severity ?? [];
    const next = current.includes(s) ? current.filter((x) => x !== s) : [...current, s];
    change({ ...state, filters: { ...state.filters, severity: next.length ? next : undefined } });
  };
  const toggle = (id: string) => setSelected((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  return (
    <div className="space-y-4">
      <FindingsCounters counters={counters.data} selected={state.filters.severity ?? []} onSeverity={toggleSeverity} onOverdue={() => change({ ...state, filters: { ...state.filters, sla: "overdue" } })} />
      <Card>
        <div className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <SavedViews currentQuery={urlQuery} onOpen={(q) => replace(listStateFromParams(Object.fromEntries(new URLSearchParams(q))))} />
            <div className="flex gap-2">
              <Button variant="ghost" disabled={!isFiltered(state) && state.sort === "last_seen"} onClick={() => replace(DEFAULT_LIST_STATE)}>Clear filters</Button>
              {canTriage && !recording ? <Button variant="secondary" onClick={() => setRecording(true)}>Record finding</Button> : null}
            </div>
          </div>
          {recording ? <NewFindingForm onClose={() => setRecording(false)} /> : null}
          <FindingsFilters key={generation} state={state} onChange={change} />
          {canTriage && selected.size > 0 ? <BulkActions ids={[...selected]} onDone={() => setSelected(new Set())} /> : null}
          {findings.isPending ? <Skeleton rows={8} /> : findings.error ? (
            <ErrorNotice>Could not load findings: {errorMessage(findings.error)}</ErrorNotice>
          ) : rows.length === 0 ? (
            isFiltered(state) ? (
              <EmptyState title="No findings match these filters" action={<Button variant="secondary" onClick={() => replace(DEFAULT_LIST_STATE)}>Clear filters</Button>}>Try fewer filters or all statuses.</EmptyState>
            ) : (
              <EmptyState title="No findings to work on" action={<Link href="/findings/imports" className="text-sm font-medium text-brand-700 hover:underline">Import a SARIF or CycloneDX file</Link>}>
                DLP detections, imported SAST/SCA results and correlation detections land here.
              </EmptyState>
            )
          ) : (
            <>
              <FindingsTable findings={rows} selected={selected} selectable={canTriage} onToggle={toggle} onToggleAll={(on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set())} />
              <LoadMore shown={rows.length} noun="findings" hasMore={Boolean(findings.hasNextPage)} loading={findings.isFetchingNextPage} onMore={() => void findings.fetchNextPage()} />
              <p className="text-xs text-slate-500">Keyboard: j / k move between findings, x selects, Enter opens.</p>
            </>
          )}
        </div>
      </Card>
    </div>
  );
}
