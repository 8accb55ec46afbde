"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { appFieldsFromForm, emptyUsageDraft, usageDraftsToInputs, type ModelUsageDraft } from "@/lib/apps/app-form";
import { useAppMutations, useAppOptions } from "@/lib/apps/hooks";
import { AppFields } from "./app-fields";
import { ButtonLink } from "./button-link";
import { ModelUsageFields } from "./model-usage-fields";

export function RegisterAppForm() {
  const router = useRouter();
  const options = useAppOptions();
  const { create } = useAppMutations();
  const nextKey = useRef(1);
  const [drafts, setDrafts] = useState<ModelUsageDraft[]>(() => [emptyUsageDraft("row-0")]);

  const addRow = () => setDrafts((rows) => [...rows, emptyUsageDraft(`row-${nextKey.current++}`)]);
  const removeRow = (key: string) => setDrafts((rows) => rows.filter((r) => r.key !== key));
  const updateRow = (next: ModelUsageDraft) => setDrafts((rows) => rows.map((r) => (r.key === next.key ? next : r)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { ...appFieldsFromForm(new FormData(event.currentTarget)), modelUsages: usageDraftsToInputs(drafts) };
    const app = await create.mutateAsync(body).catch(() => null);
    if (app) router.push(`/apps/${app.id}`);
  }

  if (options.isPending) return <Skeleton rows={6} />;
  if (options.error) return <ErrorNotice>Could not load the form: {errorMessage(options.error)}</ErrorNotice>;

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-6" aria-label="Register an app">
      <Card title="The app" description="What it is, who owns it and how it is exposed.">
        <AppFields members={options.data.members} />
      </Card>
      <Card
        title="Models it calls"
        description="One row per model. Rows without a model id are skipped; you can add more later on the app's page."
        actions={<Button variant="secondary" onClick={addRow} disabled={drafts.length >= 20}>Add another model</Button>}
      >
        <div className="space-y-4">
          {drafts.map((draft, i) => (
            <fieldset key={draft.key} className="rounded-md border border-slate-200 p-4">
              <legend className="px-1 text-sm font-medium text-slate-700">Model {i + 1}</legend>
              <ModelUsageFields value={draft} onChange={updateRow} credentials={options.data.credentials} />
              {drafts.length > 1 ? (
                <div className="mt-3 text-right">
                  <Button variant="ghost" onClick={() => removeRow(draft.key)}>Remove model {i + 1}</Button>
                </div>
              ) : null}
            </fieldset>
          ))}
          {options.data.credentials.length === 0 ? (
            <p className="text-xs text-slate-500">No LLM provider credentials are registered yet; add them under Integrations to record which key each model uses.</p>
          ) : null}
        </div>
      </Card>
      {create.error ? <ErrorNotice>{errorMessage(create.error)}</ErrorNotice> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={create.isPending}>{create.isPending ? "Registering…" : "Register app"}</Button>
        <ButtonLink href="/apps" variant="secondary">Cancel</ButtonLink>
      </div>
    </form>
  );
}
