"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { buildConfig, configFieldsFor, defaultValues, secretFieldsFor } from "@/lib/integrations/form-fields";
import { useIntegrationMutations } from "@/lib/integrations/hooks";
import { LLM_PRESETS, OAUTH_PRESETS } from "@/lib/integrations/presets";
import {
  INTEGRATION_KINDS, KIND_LABELS, PROVIDER_LABELS, PROVIDERS_BY_KIND, type IntegrationKind, type IntegrationProvider,
} from "@/lib/integrations/providers";
import type { TCreateIntegrationInput, TIntegration } from "@/lib/integrations/schemas";
import { ConfigFields, readForm, SecretInputs } from "./config-fields";

const KIND_HINTS: Record<IntegrationKind, string> = {
  OAUTH_CONNECTION: "Define the OAuth client here; connect it from the integration's page afterwards.",
  CLOUD_ACCOUNT: "Recorded as configured once its required secrets are stored (no outbound check).",
  LLM_PROVIDER: "Provider keys used by your apps. Recorded as configured once the key is stored (no outbound check).",
  SERVICE_ACCOUNT: "Non-human accounts: who owns them, what they may do and where they are used.",
};

function docsUrl(provider: IntegrationProvider): string | null {
  if (provider in OAUTH_PRESETS) return OAUTH_PRESETS[provider as keyof typeof OAUTH_PRESETS].docsUrl;
  if (provider in LLM_PRESETS) return LLM_PRESETS[provider as keyof typeof LLM_PRESETS].docsUrl;
  return null;
}

export function AddIntegrationForm({ initialKind, onCreated }: { initialKind: IntegrationKind; onCreated: (i: TIntegration) => void }) {
  const { create } = useIntegrationMutations();
  const [kind, setKind] = useState<IntegrationKind>(initialKind);
  const [provider, setProvider] = useState<IntegrationProvider>(PROVIDERS_BY_KIND[initialKind][0]!);
  const docs = docsUrl(provider);

  function onKind(next: IntegrationKind) {
    setKind(next);
    setProvider(PROVIDERS_BY_KIND[next][0]!);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const { config, secrets } = readForm(form);
    const body = { kind, provider, name: String(form.get("name") ?? ""), config: buildConfig(provider, config), secrets } as TCreateIntegrationInput;
    const created = await create.mutateAsync(body).catch(() => null);
    if (!created) return;
    formEl.reset();
    onCreated(created);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" aria-label="Add integration">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Kind" name="kind" value={kind} onChange={(e) => onKind(e.target.value as IntegrationKind)}>
          {INTEGRATION_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </SelectField>
        <SelectField
          label="Provider" name="provider" value={provider} onChange={(e) => setProvider(e.target.value as IntegrationProvider)}
          hint={docs ? <a href={docs} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">Provider documentation</a> : undefined}
        >
          {PROVIDERS_BY_KIND[kind].map((p) => <option key={p} value={p}>{PROVIDER_LABELS[p]}</option>)}
        </SelectField>
        <TextField label="Name" name="name" required maxLength={120} placeholder={`e.g. ${PROVIDER_LABELS[provider]} production`} />
      </div>
      <p className="text-xs text-slate-500">{KIND_HINTS[kind]}</p>
      <div key={provider} className="grid gap-4 sm:grid-cols-2">
        <ConfigFields fields={configFieldsFor(provider)} defaults={defaultValues(provider)} />
        <SecretInputs fields={secretFieldsFor(provider)} />
      </div>
      {create.error ? <ErrorNotice>{errorMessage(create.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={create.isPending}>{create.isPending ? "Saving…" : "Save integration"}</Button>
    </form>
  );
}
