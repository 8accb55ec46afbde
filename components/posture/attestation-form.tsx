"use client";

import { useState, type FormEvent } from "react";
import { TextAreaField } from "@/components/dlp/text-area-field";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { usePostureMutations } from "@/lib/posture/hooks";
import type { TAttestation, TAttestRequest } from "@/lib/posture/schemas";
import { apiFieldErrors } from "@/components/ui/api-field-errors";
import { CONTROL_STATUS_LABELS } from "./labels";

const FIELDS = ["status", "evidence", "evidenceUrl", "validDays"] as const;
const ATTEST_STATUSES = ["PASS", "FAIL", "NOT_APPLICABLE"] as const;

/**
 * An admin's attestation of a manual control for one app. The API validates (its messages land next to the
 * fields) and queues a recompute; the form reports when the new status is in.
 */
export function AttestationForm({ appId, controlId, title, hint, validDays, current, onDone }: {
  appId: string; controlId: string; title: string; hint: string | null; validDays: number | null; current: TAttestation | null; onDone: () => void;
}) {
  const { attest } = usePostureMutations();
  const [queued, setQueued] = useState(false);
  const errors = apiFieldErrors(attest.error, FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const body: TAttestRequest = { appId, controlId, status: text("status") as TAttestRequest["status"], evidence: text("evidence") };
    if (text("evidenceUrl")) body.evidenceUrl = text("evidenceUrl");
    if (text("validDays")) body.validDays = Number(text("validDays"));
    setQueued(false);
    attest.mutate({ body, onQueued: () => setQueued(true) }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} aria-label={`Attest ${controlId}`} className="mt-3 space-y-3 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
      <p className="text-sm font-medium text-slate-900">Attest “{title}”</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Status" name="status" defaultValue={current?.status ?? "PASS"} error={errors.fields.status}>
          {ATTEST_STATUSES.map((s) => <option key={s} value={s}>{CONTROL_STATUS_LABELS[s]}</option>)}
        </SelectField>
        <TextField
          label="Valid for (days)" name="validDays" type="number" inputMode="numeric" min={1} max={730} error={errors.fields.validDays}
          hint={validDays ? `Leave empty for the control's ${validDays} days.` : "Leave empty for the control's default."}
        />
      </div>
      <TextAreaField label="Evidence" name="evidence" rows={3} maxLength={2000} defaultValue={current?.evidence} error={errors.fields.evidence} hint={hint ?? "What shows the control is met, in at least 10 characters."} />
      <TextField label="Evidence link (optional)" name="evidenceUrl" type="url" maxLength={1000} defaultValue={current?.evidenceUrl ?? ""} placeholder="https://…" error={errors.fields.evidenceUrl} />
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      {attest.isPending && queued ? <p role="status" className="text-sm text-slate-600">Attestation saved; recomputing the score…</p> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={attest.isPending}>{attest.isPending ? (queued ? "Recomputing…" : "Saving…") : "Save attestation"}</Button>
        <Button variant="ghost" onClick={onDone} disabled={attest.isPending}>Cancel</Button>
      </div>
    </form>
  );
}
