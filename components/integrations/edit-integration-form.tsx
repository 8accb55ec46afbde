"use client";

import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { buildConfig, configFieldsFor, defaultValues } from "@/lib/integrations/form-fields";
import { useIntegrationMutations } from "@/lib/integrations/hooks";
import { kindOfProvider, type IntegrationProvider } from "@/lib/integrations/providers";
import type { TIntegration } from "@/lib/integrations/schemas";
import { ConfigFields, readForm } from "./config-fields";

/** Rename and edit the non-secret config; secrets are changed by rotating them. */
export function EditIntegrationForm({ integration, onDone }: { integration: TIntegration; onDone: () => void }) {
  const { update } = useIntegrationMutations();
  const known = kindOfProvider(integration.provider) !== null;
  const provider = integration.provider as IntegrationProvider;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const config = known ? buildConfig(provider, readForm(form).config) : undefined;
    const result = await update.mutateAsync({ id: integration.id, name, ...(config ? { config } : {}) }).catch(() => null);
    if (result) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" aria-label="Edit integration">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required maxLength={120} defaultValue={integration.name} className="sm:col-span-2" />
        {known ? <ConfigFields fields={configFieldsFor(provider)} defaults={defaultValues(provider, integration.config)} /> : null}
      </div>
      {update.error ? <ErrorNotice>{errorMessage(update.error)}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>{update.isPending ? "Saving…" : "Save changes"}</Button>
        <Button variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
