"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { useApps } from "@/lib/apps/hooks";
import { useGatewayKeyMutations } from "@/lib/gateway/hooks";
import { GATEWAY_PROVIDERS, type TCreateGatewayKeyRequest } from "@/lib/gateway/schemas";
import { useIntegrations } from "@/lib/integrations/hooks";
import { PROVIDER_NAMES } from "./keys-table";
import { apiFieldErrors } from "@/components/ui/api-field-errors";
import { limitValue } from "./usage-data";

const FIELDS = ["name", "appId", "integrationId", "allowedModels", "rpmLimit", "tpmLimit", "dailyBudgetUsd", "monthlyBudgetUsd", "expiresInDays"] as const;
export type CreatedKey = { name: string; provider: string; secret: string; baseUrl: string };

const isGatewayProvider = (p: string) => (GATEWAY_PROVIDERS as readonly string[]).includes(p);

/** Creates a virtual key for an app and an OpenAI or Anthropic credential; the API validates and its messages land on the fields. */
export function NewKeyForm({ onCreated, onCancel }: { onCreated: (created: CreatedKey) => void; onCancel: () => void }) {
  const { create } = useGatewayKeyMutations();
  const apps = useApps({ limit: 100, sort: "name" });
  const integrations = useIntegrations({ kind: "LLM_PROVIDER" });
  const credentials = (integrations.data ?? []).filter((i) => isGatewayProvider(i.provider));
  const errors = apiFieldErrors(create.error, FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const expires = Number(text("expiresInDays"));
    const body: TCreateGatewayKeyRequest = {
      name: text("name"), appId: text("appId"), integrationId: text("integrationId"),
      allowedModels: text("allowedModels").split(/[\s,]+/).filter(Boolean),
      rpmLimit: limitValue(f.get("rpmLimit")), tpmLimit: limitValue(f.get("tpmLimit")),
      dailyBudgetUsd: limitValue(f.get("dailyBudgetUsd")), monthlyBudgetUsd: limitValue(f.get("monthlyBudgetUsd")),
      expiresInDays: expires > 0 ? expires : null,
    };
    create.mutate(body, {
      onSuccess: (r) => onCreated({ name: r.key.name, provider: r.key.provider, secret: r.secret, baseUrl: r.baseUrl }),
    });
  }

  const noCredential = integrations.isSuccess && credentials.length === 0;
  return (
    <form onSubmit={onSubmit} aria-label="New virtual key" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Name" name="name" required maxLength={80} placeholder="e.g. support-bot production" error={errors.fields.name} />
        <SelectField label="App" name="appId" required defaultValue="" error={errors.fields.appId ?? (apps.error ? "Could not load the apps" : null)} hint="Calls are attributed to this app and use its DLP policy.">
          <option value="" disabled>{apps.isPending ? "Loading apps…" : "Choose an app…"}</option>
          {(apps.data?.apps ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
        <SelectField
          label="Provider credential" name="integrationId" required defaultValue="" error={errors.fields.integrationId ?? (integrations.error ? "Could not load the provider credentials" : null)}
          hint={noCredential ? <>No OpenAI or Anthropic key yet: <Link href="/integrations" className="font-medium text-brand-700 hover:underline">add one under Integrations</Link>.</> : "The provider key the gateway calls with; apps never see it."}
        >
          <option value="" disabled>{integrations.isPending ? "Loading credentials…" : "Choose a credential…"}</option>
          {credentials.map((i) => <option key={i.id} value={i.id}>{i.name} ({PROVIDER_NAMES[i.provider] ?? i.provider})</option>)}
        </SelectField>
      </div>
      <TextField
        label="Allowed models" name="allowedModels" maxLength={4000} placeholder="gpt-4o-mini, gpt-4.1" error={errors.fields.allowedModels}
        hint="Comma-separated model names. Leave empty to allow any model of the provider."
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Limits of this key</legend>
        <p className="mb-2 text-xs text-slate-500">Leave a field empty for no limit on the key; the app&apos;s own limits still apply.</p>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField label="Requests per minute" name="rpmLimit" type="number" inputMode="numeric" min={1} step={1} error={errors.fields.rpmLimit} />
          <TextField label="Tokens per minute" name="tpmLimit" type="number" inputMode="numeric" min={1} step={1} error={errors.fields.tpmLimit} />
          <TextField label="Daily budget (USD)" name="dailyBudgetUsd" type="number" inputMode="decimal" min={0.01} step={0.01} error={errors.fields.dailyBudgetUsd} />
          <TextField label="Monthly budget (USD)" name="monthlyBudgetUsd" type="number" inputMode="decimal" min={0.01} step={0.01} error={errors.fields.monthlyBudgetUsd} />
        </div>
      </fieldset>
      <SelectField label="Expires" name="expiresInDays" defaultValue="90" className="sm:w-64" error={errors.fields.expiresInDays}>
        <option value="30">In 30 days</option>
        <option value="90">In 90 days</option>
        <option value="365">In a year</option>
        <option value="0">Never</option>
      </SelectField>
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || noCredential}>{create.isPending ? "Creating…" : "Create virtual key"}</Button>
        <Button variant="ghost" onClick={onCancel} disabled={create.isPending}>Cancel</Button>
      </div>
    </form>
  );
}
