"use client";

import Link from "next/link";
import { useState } from "react";
import { SeverityBadge } from "@/components/findings/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { usePostureMutations } from "@/lib/posture/hooks";
import type { TAppScorecard, TControl } from "@/lib/posture/schemas";
import { FAMILIES, type FamilyId } from "@/lib/posture/types";
import { AttestationForm } from "./attestation-form";
import { formatScore } from "./labels";
import { ControlStatusBadge } from "./status-badge";
import { controlHref } from "./top-failing";

type Result = TAppScorecard["controls"][number];

function Attestation({ appId, result, canAttest }: { appId: string; result: Result; canAttest: boolean }) {
  const { withdraw } = usePostureMutations();
  const a = result.attestation;
  if (!a) return null;
  const onWithdraw = () => {
    if (window.confirm(`Withdraw the attestation of ${result.controlId}? The control will need a new one.`)) withdraw.mutate({ appId, attestationId: a.id });
  };
  return (
    <div className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600 ring-1 ring-slate-200">
      <p>
        Attested <strong className="font-medium text-slate-800">{a.status === "NOT_APPLICABLE" ? "not applicable" : a.status.toLowerCase()}</strong>
        {a.attestedBy ? ` by ${a.attestedBy}` : ""} on {new Date(a.createdAt).toLocaleDateString()};{" "}
        {a.expired ? <strong className="text-red-700">expired {new Date(a.expiresAt).toLocaleDateString()}</strong> : `valid until ${new Date(a.expiresAt).toLocaleDateString()}`}.
      </p>
      <p className="mt-1 whitespace-pre-wrap text-slate-700">{a.evidence}</p>
      {a.evidenceUrl ? <a href={a.evidenceUrl} target="_blank" rel="noreferrer noopener" className="break-all text-brand-700 hover:underline">{a.evidenceUrl}</a> : null}
      {canAttest ? (
        <div className="mt-2 flex items-center gap-2">
          <Button variant="danger" className="px-2 py-1 text-xs" disabled={withdraw.isPending} onClick={onWithdraw}>{withdraw.isPending ? "Withdrawing…" : "Withdraw"}</Button>
          {withdraw.error ? <ErrorNotice>{errorMessage(withdraw.error)}</ErrorNotice> : null}
        </div>
      ) : null}
    </div>
  );
}

function ControlResult({ appId, result, control, canAttest }: { appId: string; result: Result; control: TControl | undefined; canAttest: boolean }) {
  const [attesting, setAttesting] = useState(false);
  const manual = control?.evaluation.type === "manual" ? control.evaluation : null;
  return (
    <li id={result.controlId} className="py-3" aria-label={`${result.controlId} ${result.title}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link href={controlHref(result.controlId)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">{result.title}</Link>
          <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span className="font-mono">{result.controlId}</span><SeverityBadge severity={result.severity} /><span>{result.manual ? "Manual attestation" : "Automated"}</span>
            {result.since ? <span>since {new Date(result.since).toLocaleDateString()}</span> : null}
          </div>
        </div>
        <ControlStatusBadge status={result.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{result.evidence ?? <span className="text-slate-400">Not evaluated yet.</span>}</p>
      {result.status === "FAIL" && result.findingId ? (
        <Link href={`/findings/${result.findingId}`} className="mt-1 inline-block text-xs font-medium text-brand-700 hover:underline">Open the posture finding →</Link>
      ) : null}
      <Attestation appId={appId} result={result} canAttest={canAttest} />
      {result.manual && canAttest && !attesting ? (
        <Button variant="secondary" className="mt-2 px-2 py-1 text-xs" onClick={() => setAttesting(true)} aria-label={`${result.attestation ? "Update the attestation of" : "Attest"} ${result.controlId}`}>
          {result.attestation ? "Update attestation" : "Attest"}
        </Button>
      ) : null}
      {attesting ? (
        <AttestationForm
          appId={appId} controlId={result.controlId} title={result.title} hint={manual?.evidenceHint ?? null} validDays={manual?.validDays ?? null}
          current={result.attestation} onDone={() => setAttesting(false)}
        />
      ) : null}
    </li>
  );
}

/** The app's controls, one card per family, failing ones first inside each family. */
export function ControlResults({ card, controls, canAttest }: { card: TAppScorecard; controls: ReadonlyMap<string, TControl>; canAttest: boolean }) {
  const order = { FAIL: 0, NEEDS_ATTESTATION: 1, PASS: 2, NOT_APPLICABLE: 3 } as const;
  const families = (Object.keys(FAMILIES) as FamilyId[]).map((f) => ({
    id: f,
    results: card.controls.filter((c) => c.family === f).sort((a, b) => (a.status ? order[a.status] : 4) - (b.status ? order[b.status] : 4)),
  })).filter((f) => f.results.length > 0);
  return (
    <div className="space-y-6">
      {families.map((f) => (
        <Card key={f.id} title={FAMILIES[f.id]} description={`Family score ${formatScore(card.families[f.id])} · ${f.results.filter((r) => r.status === "FAIL").length} failing`}>
          <ul aria-label={`${FAMILIES[f.id]} controls`} className="-my-3 divide-y divide-slate-100">
            {f.results.map((r) => <ControlResult key={r.controlId} appId={card.appId} result={r} control={controls.get(r.controlId)} canAttest={canAttest} />)}
          </ul>
        </Card>
      ))}
    </div>
  );
}
