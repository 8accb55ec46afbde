"use client";

import Link from "next/link";
import { useMemo } from "react";
import { CriticalityBadge, LifecycleBadge } from "@/components/apps/app-badges";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useAppScorecard, usePostureControls } from "@/lib/posture/hooks";
import { FAMILIES, type FamilyId } from "@/lib/posture/types";
import { formatScore, scoreBand } from "./labels";
import { ControlResults } from "./control-results";
import { ScoreBar } from "./status-badge";
import { ScoreLineChart } from "./trend-charts";

/** One app's posture: score and families, its trend, and every control's result with evidence and attestations. */
export function AppScorecard({ id, canAttest }: { id: string; canAttest: boolean }) {
  const scorecard = useAppScorecard(id);
  const catalog = usePostureControls();
  const controls = useMemo(() => new Map((catalog.data?.controls ?? []).map((c) => [c.id, c])), [catalog.data]);
  if (scorecard.isPending) return <Skeleton rows={8} />;
  if (scorecard.error) {
    return scorecard.error instanceof ApiError && scorecard.error.status === 404
      ? <EmptyState title="App not found" action={<Link href="/posture" className="text-sm font-medium text-brand-700 hover:underline">Back to posture</Link>}>It may have been deleted, or it belongs to another organization.</EmptyState>
      : <ErrorNotice>Could not load the scorecard: {errorMessage(scorecard.error)}</ErrorNotice>;
  }
  const card = scorecard.data;
  const band = scoreBand(card.score);
  const counts = { FAIL: 0, NEEDS_ATTESTATION: 0, PASS: 0 };
  for (const c of card.controls) if (c.status && c.status in counts) counts[c.status as keyof typeof counts]++;
  return (
    <div className="space-y-6">
      <Link href="/posture" className="text-sm font-medium text-brand-700 hover:underline">← Posture</Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex items-center gap-2"><CriticalityBadge value={card.criticality} /><LifecycleBadge value={card.lifecycle} /></div>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{card.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            Scorecard · {card.evaluatedAt ? `evaluated ${new Date(card.evaluatedAt).toLocaleString()}` : "not evaluated yet"} · <Link href={`/apps/${card.appId}`} className="text-brand-700 hover:underline">App details</Link>
          </p>
        </div>
        <div className="text-right">
          <p className="text-4xl font-semibold tabular-nums text-slate-900" aria-label={`Score ${formatScore(card.score)} of 100`}>{formatScore(card.score)}</p>
          <p className="text-sm text-slate-600">of 100 · <span className={`rounded px-1.5 py-0.5 font-medium ${band.cell}`}>{band.label}</span></p>
          <p className="mt-1 text-xs text-slate-500">{counts.FAIL} failing · {counts.NEEDS_ATTESTATION} need attestation · {counts.PASS} passing</p>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Families">
          <ul aria-label="Family scores" className="space-y-2">
            {(Object.keys(FAMILIES) as FamilyId[]).map((f) => (
              <li key={f} className="flex items-center justify-between gap-2 text-sm">
                <span className="text-slate-700">{FAMILIES[f]}</span>
                <ScoreBar score={card.families[f] ?? null} label={`${FAMILIES[f]} score`} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Score trend" description="Last 90 days" className="lg:col-span-2">
          <ScoreLineChart title={`${card.name} score per day`} seriesName="App score" points={card.trend.map((p) => ({ day: p.day, value: p.score }))} />
        </Card>
      </div>
      {catalog.error ? <ErrorNotice>Could not load the control catalog (attestation hints): {errorMessage(catalog.error)}</ErrorNotice> : null}
      <ControlResults card={card} controls={controls} canAttest={canAttest} />
    </div>
  );
}
