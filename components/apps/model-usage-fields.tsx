"use client";

import { useId } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { LLM_PROVIDERS, MODEL_PURPOSES, providerLabel, type LlmProviderId, type ModelPurpose } from "@/lib/apps/constants";
import type { ModelUsageDraft } from "@/lib/apps/app-form";
import type { TAppOptions } from "@/lib/apps/schemas";

type Props = {
  value: ModelUsageDraft;
  onChange: (next: ModelUsageDraft) => void;
  credentials: TAppOptions["credentials"];
  requireModel?: boolean;
};

/** Provider, model id, purpose, credential and gateway of one model usage (controlled). */
export function ModelUsageFields({ value, onChange, credentials, requireModel = false }: Props) {
  const gatewayId = useId();
  const set = (patch: Partial<ModelUsageDraft>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.2fr_1.5fr_1fr_1.5fr_auto] lg:items-end">
      <SelectField label="Provider" value={value.provider} onChange={(e) => set({ provider: e.target.value as LlmProviderId })}>
        {LLM_PROVIDERS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </SelectField>
      <TextField label="Model id" value={value.modelId} onChange={(e) => set({ modelId: e.target.value })} maxLength={120} required={requireModel} placeholder="e.g. gpt-4o" />
      <SelectField label="Purpose" value={value.purpose} onChange={(e) => set({ purpose: e.target.value as ModelPurpose })}>
        {MODEL_PURPOSES.map((p) => <option key={p} value={p}>{p}</option>)}
      </SelectField>
      <SelectField label="Credential" value={value.credentialId} onChange={(e) => set({ credentialId: e.target.value })}>
        <option value="">None recorded</option>
        {credentials.map((c) => <option key={c.id} value={c.id}>{`${c.name} (${providerLabel(c.provider)})`}</option>)}
      </SelectField>
      <label htmlFor={gatewayId} className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input id={gatewayId} type="checkbox" checked={value.viaGateway} onChange={(e) => set({ viaGateway: e.target.checked })} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
        Via gateway
      </label>
    </div>
  );
}
