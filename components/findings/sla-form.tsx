"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { TextField } from "@/components/ui/field";
import { errorMessage } from "@/lib/api-client";
import { SEVERITIES, SEVERITY_LABELS, type Severity } from "@/lib/findings/constants";
import { useSlaMutation, useSlaSettings } from "@/lib/findings/hooks";
import type { TSlaSettings } from "@/lib/findings/schemas";

export function SlaForm({ canManage }: { canManage: boolean }) {
  const sla = useSlaSettings();
  if (sla.isPending) return <Skeleton rows={5} />;
  if (sla.error) return <ErrorNotice>Could not load the SLA settings: {errorMessage(sla.error)}</ErrorNotice>;
  return <SlaFields initial={sla.data} canManage={canManage} />;
}

function SlaFields({ initial, canManage }: { initial: TSlaSettings; canManage: boolean }) {
  const save = useSlaMutation();
  const [days, setDays] = useState<Record<Severity, string>>(() => Object.fromEntries(SEVERITIES.map((s) => [s, initial[s] === null ? "" : String(initial[s])])) as Record<Severity, string>);
  const [saved, setSaved] = useState<string | null>(null);
  const parsed = Object.fromEntries(SEVERITIES.map((s) => [s, days[s].trim() === "" ? null : Number(days[s])])) as TSlaSettings;
  const invalid = SEVERITIES.some((s) => parsed[s] !== null && !(Number.isInteger(parsed[s]) && parsed[s]! >= 1 && parsed[s]! <= 3650));

  return (
    <Card title="Days to fix, per severity" description="An empty field means no SLA for that severity. Saving recomputes the due dates of every active finding from when it was first seen.">
      <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); setSaved(null); void save.mutateAsync(parsed).then((r) => setSaved(`Saved: ${r.recomputed ?? 0} active findings got new due dates.`)).catch(() => undefined); }}>
        <div className="grid gap-3 sm:grid-cols-5">
          {SEVERITIES.map((s) => (
            <TextField key={s} label={SEVERITY_LABELS[s]} type="number" min={1} max={3650} inputMode="numeric" value={days[s]} disabled={!canManage} onChange={(e) => setDays({ ...days, [s]: e.target.value })} hint="days" />
          ))}
        </div>
        {save.error ? <ErrorNotice>{errorMessage(save.error)}</ErrorNotice> : null}
        {saved ? <p role="status" className="text-sm text-emerald-700">{saved}</p> : null}
        {canManage ? <Button type="submit" disabled={invalid || save.isPending}>{save.isPending ? "Saving…" : "Save SLA"}</Button> : <p className="text-sm text-slate-500">Only admins change the SLA.</p>}
      </form>
    </Card>
  );
}
