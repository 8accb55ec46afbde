"use client";

import { useEffect } from "react";
import { SeverityBadge } from "@/components/findings/badges";
import { Card } from "@/components/ui/card";
import { Badge, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { usePostureControls } from "@/lib/posture/hooks";
import type { TControl } from "@/lib/posture/schemas";
import { FAMILIES, type FamilyId } from "@/lib/posture/types";
import { ControlStatusBadge } from "./status-badge";

function Mappings({ m }: { m: TControl["mappings"] }) {
  const groups = [["OWASP LLM 2025", m.owaspLlm], ["NIST AI RMF", m.nistAiRmf], ["NIST AI 600-1", m.nistAi600], ["MITRE ATLAS", m.atlas]] as const;
  return (
    <dl className="grid gap-1 text-xs sm:grid-cols-2">
      {groups.map(([label, ids]) => (
        <div key={label} className="flex flex-wrap items-center gap-1">
          <dt className="font-medium text-slate-600">{label}:</dt>
          {ids.length ? ids.map((id) => <dd key={id}><Badge>{id}</Badge></dd>) : <dd className="text-slate-400">—</dd>}
        </div>
      ))}
    </dl>
  );
}

function ControlEntry({ c }: { c: TControl }) {
  return (
    <article id={c.id} aria-labelledby={`${c.id}-title`} className="scroll-mt-24 py-4 target:rounded-md target:bg-brand-50 target:px-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs text-slate-500">{c.id}</span>
        <SeverityBadge severity={c.severity} />
        <Badge tone={c.evaluation.type === "manual" ? "amber" : "brand"}>{c.evaluation.type === "manual" ? `Manual · attest every ${c.evaluation.validDays} days` : `Automated · ${c.evaluation.evaluator}`}</Badge>
        <span className="text-xs text-slate-500">weight {c.weight}</span>
      </div>
      <h3 id={`${c.id}-title`} className="mt-1 text-base font-semibold text-slate-900">{c.title}</h3>
      <p className="mt-1 text-sm text-slate-700">{c.description}</p>
      <dl className="mt-2 space-y-1 text-sm">
        <div><dt className="inline font-medium text-slate-700">Why: </dt><dd className="inline text-slate-600">{c.rationale}</dd></div>
        <div><dt className="inline font-medium text-slate-700">Remediation: </dt><dd className="inline text-slate-600">{c.remediation}</dd></div>
        {c.evaluation.type === "manual" ? <div><dt className="inline font-medium text-slate-700">Evidence to attest: </dt><dd className="inline text-slate-600">{c.evaluation.evidenceHint}</dd></div> : null}
      </dl>
      <div className="mt-2"><Mappings m={c.mappings} /></div>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600" aria-label={`${c.id} results across apps`}>
        Apps now: <ControlStatusBadge status="PASS" /> {c.results.PASS} <ControlStatusBadge status="FAIL" /> {c.results.FAIL}
        <ControlStatusBadge status="NEEDS_ATTESTATION" /> {c.results.NEEDS_ATTESTATION} <ControlStatusBadge status="NOT_APPLICABLE" /> {c.results.NOT_APPLICABLE}
      </p>
    </article>
  );
}

/** The catalog by family; every control has an anchor (#LSO-FAM-NN) that links elsewhere point at. */
export function ControlsCatalog() {
  const catalog = usePostureControls();
  // The entries render after the fetch, so the browser's own jump to the URL's #anchor happened too early.
  useEffect(() => {
    if (!catalog.data || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [catalog.data]);
  if (catalog.isPending) return <Skeleton rows={10} />;
  if (catalog.error) return <ErrorNotice>Could not load the controls: {errorMessage(catalog.error)}</ErrorNotice>;
  const { controls, version } = catalog.data;
  const families = (Object.keys(FAMILIES) as FamilyId[]).map((f) => ({ id: f, controls: controls.filter((c) => c.family === f) })).filter((f) => f.controls.length);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">Catalog version {version} · {controls.length} controls in {families.length} families.</p>
      <nav aria-label="Families" className="flex flex-wrap gap-2 text-sm">
        {families.map((f) => <a key={f.id} href={`#family-${f.id}`} className="rounded-full bg-white px-3 py-1 text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50">{FAMILIES[f.id]} ({f.controls.length})</a>)}
      </nav>
      {families.map((f) => (
        <div key={f.id} id={`family-${f.id}`} className="scroll-mt-24">
          <Card title={FAMILIES[f.id]}>
            <div className="-my-4 divide-y divide-slate-100">{f.controls.map((c) => <ControlEntry key={c.id} c={c} />)}</div>
          </Card>
        </div>
      ))}
    </div>
  );
}
