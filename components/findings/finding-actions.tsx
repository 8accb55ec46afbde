"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { errorMessage } from "@/lib/api-client";
import { useAppOptions } from "@/lib/apps/hooks";
import { SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, type FindingStatus, type Severity } from "@/lib/findings/constants";
import { useFindingMutations } from "@/lib/findings/hooks";
import type { TFindingChange, TFindingDetail } from "@/lib/findings/schemas";

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Triage one finding: the statuses it may move to, assignee, severity, with a note kept in its history. */
export function FindingActions({ finding }: { finding: TFindingDetail }) {
  const { update } = useFindingMutations();
  const members = useAppOptions().data?.members ?? [];
  const [status, setStatus] = useState<FindingStatus | "">("");
  const [assignee, setAssignee] = useState(finding.assignee?.id ?? "");
  const [severity, setSeverity] = useState<Severity>(finding.severity);
  const [note, setNote] = useState("");
  const [justification, setJustification] = useState("");
  const [until, setUntil] = useState(inDays(90));

  const change: TFindingChange = {
    ...(status ? { status } : {}),
    ...(assignee !== (finding.assignee?.id ?? "") ? { assigneeId: assignee || null } : {}),
    ...(severity !== finding.severity ? { severity } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(status === "RISK_ACCEPTED" ? { riskJustification: justification, riskAcceptedUntil: new Date(`${until}T23:59:59Z`).toISOString() } : {}),
  };
  const nothing = !change.status && change.assigneeId === undefined && !change.severity;

  async function save() {
    await update.mutateAsync({ id: finding.id, change });
    setStatus("");
    setNote("");
    setJustification("");
  }

  return (
    <form aria-label="Triage" className="space-y-3" onSubmit={(e) => { e.preventDefault(); void save().catch(() => undefined); }}>
      <SelectField label="Move to" value={status} onChange={(e) => setStatus(e.target.value as FindingStatus | "")}>
        <option value="">Keep {STATUS_LABELS[finding.status].toLowerCase()}</option>
        {finding.allowedStatuses.map((s) => <option key={s} value={s}>{s === "OPEN" && finding.status !== "OPEN" ? "Reopen" : STATUS_LABELS[s]}</option>)}
      </SelectField>
      {status === "RISK_ACCEPTED" ? (
        <>
          <TextField label="Justification" value={justification} onChange={(e) => setJustification(e.target.value)} maxLength={2000} required hint="Why the risk is acceptable (compensating control, vendor fix date…)" />
          <TextField label="Accepted until" type="date" value={until} min={inDays(1)} max={inDays(366)} onChange={(e) => setUntil(e.target.value)} hint="On this date the finding reopens and its SLA restarts." />
        </>
      ) : null}
      <SelectField label="Assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
        <option value="">Unassigned</option>
        {members.map((m) => <option key={m.id} value={m.id}>{m.name ?? m.email}</option>)}
      </SelectField>
      <SelectField label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
        {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>)}
      </SelectField>
      <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      {update.error ? <ErrorNotice>{errorMessage(update.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={nothing || update.isPending || (status === "RISK_ACCEPTED" && !justification.trim())}>{update.isPending ? "Saving…" : "Save changes"}</Button>
    </form>
  );
}
