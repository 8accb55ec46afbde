"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/api-client";
import { useApps } from "@/lib/apps/hooks";
import { SEVERITIES, SEVERITY_LABELS, type Severity } from "@/lib/findings/constants";
import { findingKeys } from "@/lib/findings/hooks";
import { ZFindingResponse } from "@/lib/findings/schemas";

/** Record a finding by hand (a pentest result, a reported issue); it then follows the same workflow. */
export function NewFindingForm({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const qc = useQueryClient();
  const apps = useApps({ limit: 100, sort: "name" });
  const [title, setTitle] = useState("");
  const [severity, setSeverity] = useState<Severity>("HIGH");
  const [appId, setAppId] = useState("");
  const [description, setDescription] = useState("");
  const create = useMutation({
    mutationFn: () => apiFetch("/api/v1/findings", ZFindingResponse, { method: "POST", body: { title, severity, appId: appId || null, description } }),
    onSuccess: async ({ finding }) => {
      await qc.invalidateQueries({ queryKey: findingKeys.all });
      router.push(`/findings/${finding.id}`);
    },
  });
  return (
    <Card title="Record a finding">
      <form aria-label="Record a finding" className="grid gap-3 sm:grid-cols-2" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required className="sm:col-span-2" />
        <SelectField label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>)}
        </SelectField>
        <SelectField label="App" value={appId} onChange={(e) => setAppId(e.target.value)}>
          <option value="">No app</option>
          {apps.data?.apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
        <div className="sm:col-span-2">
          <label htmlFor="new-finding-description" className="block text-sm font-medium text-slate-700">Description</label>
          <textarea id="new-finding-description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} rows={3} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500" />
        </div>
        {create.error ? <div className="sm:col-span-2"><ErrorNotice>{errorMessage(create.error)}</ErrorNotice></div> : null}
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" disabled={!title.trim() || create.isPending}>{create.isPending ? "Saving…" : "Record finding"}</Button>
          <Button variant="ghost" onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Card>
  );
}
