"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { errorMessage } from "@/lib/api-client";
import { useAppOptions } from "@/lib/apps/hooks";
import { STATUSES, STATUS_LABELS, type FindingStatus } from "@/lib/findings/constants";
import { useFindingMutations } from "@/lib/findings/hooks";
import type { TFindingChange } from "@/lib/findings/schemas";

type Action = "assign" | "status" | "accept";
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Assign, change status or accept the risk of every selected finding; refusals are listed, not hidden. */
export function BulkActions({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { bulk } = useFindingMutations();
  const members = useAppOptions().data?.members ?? [];
  const [action, setAction] = useState<Action>("assign");
  const [assignee, setAssignee] = useState("");
  const [status, setStatus] = useState<FindingStatus>("TRIAGED");
  const [justification, setJustification] = useState("");
  const [until, setUntil] = useState(inDays(90));
  const [result, setResult] = useState<string | null>(null);

  const change = (): TFindingChange =>
    action === "assign" ? { assigneeId: assignee || null }
    : action === "status" ? { status }
    : { status: "RISK_ACCEPTED", riskJustification: justification, riskAcceptedUntil: new Date(`${until}T23:59:59Z`).toISOString() };

  async function apply() {
    setResult(null);
    const r = await bulk.mutateAsync({ ids, change: change() });
    setResult(`${r.updated} updated${r.unchanged ? `, ${r.unchanged} already so` : ""}${r.failed.length ? `, ${r.failed.length} refused: ${[...new Set(r.failed.map((f) => f.reason))].join("; ")}` : ""}`);
    if (r.failed.length === 0) onDone();
  }

  return (
    <section aria-label="Bulk actions" className="rounded-lg border border-brand-100 bg-brand-50 p-3">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm font-medium text-slate-800">{ids.length} selected</p>
        <SelectField label="Action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
          <option value="assign">Assign</option>
          <option value="status">Change status</option>
          <option value="accept">Accept risk</option>
        </SelectField>
        {action === "assign" ? (
          <SelectField label="Assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">Unassigned</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name ?? m.email}</option>)}
          </SelectField>
        ) : null}
        {action === "status" ? (
          <SelectField label="New status" value={status} onChange={(e) => setStatus(e.target.value as FindingStatus)}>
            {STATUSES.filter((s) => s !== "RISK_ACCEPTED").map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </SelectField>
        ) : null}
        {action === "accept" ? (
          <>
            <TextField label="Justification" value={justification} onChange={(e) => setJustification(e.target.value)} maxLength={2000} required />
            <TextField label="Accepted until" type="date" value={until} min={inDays(1)} max={inDays(366)} onChange={(e) => setUntil(e.target.value)} />
          </>
        ) : null}
        <Button onClick={() => void apply().catch(() => undefined)} disabled={bulk.isPending || (action === "accept" && !justification.trim())}>
          {bulk.isPending ? "Applying…" : `Apply to ${ids.length}`}
        </Button>
      </div>
      {bulk.error ? <div className="mt-2"><ErrorNotice>{errorMessage(bulk.error)}</ErrorNotice></div> : null}
      {result ? <p role="status" className="mt-2 text-sm text-slate-700">{result}</p> : null}
    </section>
  );
}
