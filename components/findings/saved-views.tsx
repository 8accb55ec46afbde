"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { errorMessage } from "@/lib/api-client";
import { useSavedViewMutations, useSavedViews } from "@/lib/findings/hooks";

/** Open a saved view (its query becomes the URL), save the current one, delete your own. */
export function SavedViews({ currentQuery, onOpen }: { currentQuery: string; onOpen: (query: string) => void }) {
  const views = useSavedViews();
  const { create, remove } = useSavedViewMutations();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const current = views.data?.find((v) => v.query === currentQuery);

  async function save() {
    await create.mutateAsync({ name: name.trim(), query: currentQuery, shared });
    setSaving(false);
    setName("");
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <SelectField label="Saved views" value={current?.id ?? ""} onChange={(e) => { const v = views.data?.find((x) => x.id === e.target.value); if (v) onOpen(v.query); }}>
        <option value="">{views.isPending ? "Loading…" : views.data?.length ? "Choose a view" : "No saved views yet"}</option>
        {views.data?.map((v) => <option key={v.id} value={v.id}>{v.name}{v.shared ? (v.mine ? " (shared)" : ` (by ${v.owner})`) : ""}</option>)}
      </SelectField>
      {current?.mine ? <Button variant="ghost" onClick={() => remove.mutate(current.id)} disabled={remove.isPending}>Delete view</Button> : null}
      {saving ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); void save().catch(() => undefined); }}>
          <TextField label="View name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required autoFocus />
          <label className="flex items-center gap-1.5 pb-2 text-sm text-slate-700"><input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with the org</label>
          <Button type="submit" disabled={create.isPending || !name.trim()}>Save</Button>
          <Button variant="ghost" onClick={() => setSaving(false)}>Cancel</Button>
        </form>
      ) : <Button variant="secondary" onClick={() => setSaving(true)}>Save view</Button>}
      {create.error ? <ErrorNotice>{errorMessage(create.error)}</ErrorNotice> : null}
    </div>
  );
}
