"use client";

import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { ExplorerState } from "@/lib/events/explorer-url";
import { UNMAPPED_KEY, UNMAPPED_LABEL, type TEventFacets } from "@/lib/events/schemas";

type Props = { state: ExplorerState; facets: TEventFacets | undefined; onChange: (patch: Partial<ExplorerState>) => void };

/** Keeps the current value selectable while the choices load or when it is outside the window. */
const withCurrent = (values: readonly string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);

export function LlmFilters({ state, facets, onChange }: Props) {
  const modelsId = useId();
  function onText(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    onChange({ model: String(f.get("model") ?? "").trim(), principal: String(f.get("principal") ?? "").trim() });
  }
  const apps = facets?.apps ?? [];
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <SelectField label="App" value={state.app} onChange={(e) => onChange({ app: e.target.value })}>
        <option value="">Any app</option>
        <option value={UNMAPPED_KEY}>{UNMAPPED_LABEL}</option>
        {state.app && state.app !== UNMAPPED_KEY && !apps.some((a) => a.id === state.app) ? <option value={state.app}>Selected app</option> : null}
        {apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </SelectField>
      <SelectField label="Provider" value={state.provider} onChange={(e) => onChange({ provider: e.target.value })}>
        <option value="">Any provider</option>
        {withCurrent(facets?.providers ?? [], state.provider).map((p) => <option key={p} value={p}>{p}</option>)}
      </SelectField>
      <SelectField label="Operation" value={state.operation} onChange={(e) => onChange({ operation: e.target.value })}>
        <option value="">Any operation</option>
        {withCurrent(facets?.operations ?? [], state.operation).map((o) => <option key={o} value={o}>{o}</option>)}
      </SelectField>
      <label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-700">
        <input type="checkbox" className="h-4 w-4 rounded border-slate-300" checked={state.hasFindings} onChange={(e) => onChange({ hasFindings: e.target.checked })} />
        Only calls with DLP findings
      </label>
      <form role="search" aria-label="Filter by model and principal" onSubmit={onText} key={`${state.model}|${state.principal}`} className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <TextField label="Model" name="model" defaultValue={state.model} maxLength={200} placeholder="request or response model" list={modelsId} className="min-w-48 flex-1" />
        <datalist id={modelsId}>{(facets?.models ?? []).map((m) => <option key={m} value={m} />)}</datalist>
        <TextField label="Principal" name="principal" defaultValue={state.principal} maxLength={500} placeholder="ARN, email, service account" className="min-w-48 flex-1" />
        <Button type="submit" variant="secondary">Apply</Button>
      </form>
    </div>
  );
}
