"use client";

import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { EXPOSURE_LABELS, EXPOSURES, LIFECYCLE_LABELS, LIFECYCLES, LLM_PROVIDERS } from "@/lib/apps/constants";
import type { AppListState } from "@/lib/apps/list-url";
import type { TAppOptions } from "@/lib/apps/schemas";

type Props = { state: AppListState; members: TAppOptions["members"]; onChange: (patch: Partial<AppListState>) => void };

export function AppsFilters({ state, members, onChange }: Props) {
  const filtered = Boolean(state.q || state.owner || state.lifecycle || state.provider || state.exposure);
  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() });
  }
  return (
    <div className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
      <form role="search" onSubmit={onSearch} className="flex items-end gap-2" key={state.q}>
        <TextField label="Search" name="q" type="search" defaultValue={state.q} maxLength={120} placeholder="Name, description, tag or model" className="flex-1" />
        <Button type="submit" variant="secondary">Search</Button>
      </form>
      <SelectField label="Owner" value={state.owner} onChange={(e) => onChange({ owner: e.target.value })}>
        <option value="">Any owner</option>
        {members.map((m) => <option key={m.id} value={m.id}>{m.name ?? m.email}</option>)}
      </SelectField>
      <SelectField label="Lifecycle" value={state.lifecycle} onChange={(e) => onChange({ lifecycle: e.target.value })}>
        <option value="">Any lifecycle</option>
        {LIFECYCLES.map((l) => <option key={l} value={l}>{LIFECYCLE_LABELS[l]}</option>)}
      </SelectField>
      <SelectField label="Provider" value={state.provider} onChange={(e) => onChange({ provider: e.target.value })}>
        <option value="">Any provider</option>
        {LLM_PROVIDERS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </SelectField>
      <SelectField label="Exposure" value={state.exposure} onChange={(e) => onChange({ exposure: e.target.value })}>
        <option value="">Any exposure</option>
        {EXPOSURES.map((x) => <option key={x} value={x}>{EXPOSURE_LABELS[x]}</option>)}
      </SelectField>
      <Button variant="ghost" disabled={!filtered} onClick={() => onChange({ q: "", owner: "", lifecycle: "", provider: "", exposure: "" })}>Clear filters</Button>
    </div>
  );
}
