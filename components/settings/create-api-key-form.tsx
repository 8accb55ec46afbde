"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useApiKeyMutations } from "@/lib/api-keys/hooks";

export function CreateApiKeyForm({ grantableScopes, onCreated }: { grantableScopes: string[]; onCreated: (name: string, secret: string) => void }) {
  const { create } = useApiKeyMutations();
  const readOnly = grantableScopes.filter((s) => s.endsWith(":read"));
  const [scopes, setScopes] = useState<Set<string>>(() => new Set(readOnly));
  const toggle = (s: string) => setScopes((prev) => { const next = new Set(prev); if (next.has(s)) next.delete(s); else next.add(s); return next; });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const days = Number(form.get("expires"));
    const result = await create
      .mutateAsync({ name: String(form.get("name")), scopes: [...scopes], expiresInDays: days > 0 ? days : null })
      .catch(() => null);
    if (!result) return;
    formEl.reset();
    onCreated(result.apiKey.name, result.secret);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required maxLength={80} placeholder="e.g. CI log shipper" />
        <SelectField label="Expires" name="expires" defaultValue="90">
          <option value="30">In 30 days</option>
          <option value="90">In 90 days</option>
          <option value="365">In a year</option>
          <option value="0">Never</option>
        </SelectField>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">Scopes</legend>
        <div className="mb-2 flex gap-2 text-xs">
          <button type="button" className="text-brand-700 hover:underline" onClick={() => setScopes(new Set(readOnly))}>Read-only</button>
          <button type="button" className="text-brand-700 hover:underline" onClick={() => setScopes(new Set(grantableScopes))}>All</button>
          <button type="button" className="text-brand-700 hover:underline" onClick={() => setScopes(new Set())}>None</button>
        </div>
        <div className="grid gap-1 sm:grid-cols-3">
          {grantableScopes.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={scopes.has(s)} onChange={() => toggle(s)} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
              <code className="text-xs">{s}</code>
            </label>
          ))}
        </div>
      </fieldset>
      {create.error ? <ErrorNotice>{errorMessage(create.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={create.isPending || scopes.size === 0}>{create.isPending ? "Creating…" : "Create key"}</Button>
    </form>
  );
}
