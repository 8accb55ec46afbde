"use client";

import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { ExplorerState } from "@/lib/events/explorer-url";
import { CLOUD_OUTCOMES } from "@/lib/events/schemas";

type Props = { state: ExplorerState; providers: readonly string[]; onChange: (patch: Partial<ExplorerState>) => void };

export function CloudFilters({ state, providers, onChange }: Props) {
  function onText(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    onChange({ principal: text("principal"), service: text("service"), action: text("action") });
  }
  const choices = state.provider && !providers.includes(state.provider) ? [state.provider, ...providers] : providers;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <SelectField label="Provider" value={state.provider} onChange={(e) => onChange({ provider: e.target.value })}>
        <option value="">Any provider</option>
        {choices.map((p) => <option key={p} value={p}>{p}</option>)}
      </SelectField>
      <SelectField label="Outcome" value={state.outcome} onChange={(e) => onChange({ outcome: e.target.value })}>
        <option value="">Any outcome</option>
        {CLOUD_OUTCOMES.map((o) => <option key={o} value={o}>{o}</option>)}
      </SelectField>
      <form role="search" aria-label="Filter by principal, service and action" onSubmit={onText} key={`${state.principal}|${state.service}|${state.action}`} className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <TextField label="Principal" name="principal" defaultValue={state.principal} maxLength={500} placeholder="ARN, email, service account" className="min-w-48 flex-1" />
        <TextField label="Service" name="service" defaultValue={state.service} maxLength={200} placeholder="bedrock.amazonaws.com" className="min-w-40 flex-1" />
        <TextField label="Action" name="action" defaultValue={state.action} maxLength={200} placeholder="InvokeModel" className="min-w-40 flex-1" />
        <Button type="submit" variant="secondary">Apply</Button>
      </form>
    </div>
  );
}
