"use client";

import { useEffect, useState } from "react";
import { useDebouncedValue } from "@/components/dlp/use-debounced-value";
import { SelectField, TextField } from "@/components/ui/field";
import { useAppOptions, useApps } from "@/lib/apps/hooks";
import { SLA_LABELS, SLA_STATES, SOURCES, SOURCE_LABELS, STATUSES, STATUS_LABELS, SORTS, type FindingSort, type SlaState } from "@/lib/findings/constants";
import type { ListState } from "@/lib/findings/list-url";
import type { TFindingFilters } from "@/lib/findings/schemas";

const SORT_LABELS: Record<FindingSort, string> = { last_seen: "Last seen", first_seen: "First seen", severity: "Severity", sla: "SLA due date" };

/** The status select: "active" (the default), "all", or one status. */
const statusValue = (state: ListState) => (state.allStatuses && !state.filters.status ? "all" : state.filters.status?.length === 1 ? state.filters.status[0]! : state.filters.status?.length === 3 ? "active" : "custom");

export function FindingsFilters({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const apps = useApps({ limit: 100, sort: "name" });
  const options = useAppOptions();
  const f = state.filters;
  const set = (patch: Partial<TFindingFilters>) => onChange({ ...state, filters: { ...f, ...patch } });
  const [text, setText] = useState(f.q ?? "");
  const [tag, setTag] = useState(f.tag ?? "");
  const settledText = useDebouncedValue(text, 300);
  const settledTag = useDebouncedValue(tag, 300);
  useEffect(() => {
    if ((settledText.trim() || undefined) !== f.q) set({ q: settledText.trim() || undefined });
    if ((settledTag.trim() || undefined) !== f.tag) set({ tag: settledTag.trim() || undefined });
    // Only the settled text drives the filter; the rest of the state is read fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settledText, settledTag]);

  const onStatus = (v: string) => {
    if (v === "all") onChange({ ...state, allStatuses: true, filters: { ...f, status: undefined } });
    else if (v === "active") onChange({ ...state, allStatuses: false, filters: { ...f, status: ["OPEN", "TRIAGED", "IN_PROGRESS"] } });
    else onChange({ ...state, allStatuses: false, filters: { ...f, status: [v as (typeof STATUSES)[number]] } });
  };

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-8" role="group" aria-label="Filters">
      <TextField label="Search" placeholder="Words starting a title, rule, file or package" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} className="xl:col-span-2" />
      <SelectField label="Status" value={statusValue(state)} onChange={(e) => onStatus(e.target.value)}>
        <option value="active">Active (open, triaged, in progress)</option>
        <option value="all">All statuses</option>
        {statusValue(state) === "custom" ? <option value="custom">Custom ({f.status?.join(", ")})</option> : null}
        {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </SelectField>
      <SelectField label="Source" value={f.source?.length === 1 ? f.source[0] : ""} onChange={(e) => set({ source: e.target.value ? [e.target.value as (typeof SOURCES)[number]] : undefined })}>
        <option value="">Any source</option>
        {SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
      </SelectField>
      <SelectField label="App" value={f.app ?? ""} onChange={(e) => set({ app: (e.target.value || undefined) as TFindingFilters["app"] })}>
        <option value="">Any app</option>
        <option value="none">No app</option>
        {apps.data?.apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </SelectField>
      <SelectField label="Assignee" value={f.assignee ?? ""} onChange={(e) => set({ assignee: (e.target.value || undefined) as TFindingFilters["assignee"] })}>
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="none">Unassigned</option>
        {options.data?.members.map((m) => <option key={m.id} value={m.id}>{m.name ?? m.email}</option>)}
      </SelectField>
      <SelectField label="SLA" value={f.sla ?? ""} onChange={(e) => set({ sla: (e.target.value || undefined) as SlaState | undefined })}>
        <option value="">Any</option>
        {SLA_STATES.map((s) => <option key={s} value={s}>{SLA_LABELS[s]}</option>)}
      </SelectField>
      <TextField label="Tag" placeholder="LLM02, CWE-798, AML.T0051" value={tag} onChange={(e) => setTag(e.target.value)} maxLength={80} />
      <SelectField label="Sort by" value={state.sort} onChange={(e) => onChange({ ...state, sort: e.target.value as FindingSort })}>
        {SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
      </SelectField>
    </div>
  );
}
