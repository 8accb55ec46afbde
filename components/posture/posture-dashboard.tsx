"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { usePostureSummary, usePostureTrend } from "@/lib/posture/hooks";
import { AppsScoreTable } from "./apps-score-table";
import { FamilyHeatmap } from "./family-heatmap";
import { OrgScore } from "./org-score";
import { TopFailing } from "./top-failing";
import { FindingsBySeverityChart, ScoreLineChart } from "./trend-charts";

/** The manager's view: org score and trend, apps, families, top failing controls, findings and SLA over time. */
export function PostureDashboard({ canRegisterApps }: { canRegisterApps: boolean }) {
  const summary = usePostureSummary();
  const trend = usePostureTrend();
  if (summary.isPending) return <Skeleton rows={8} />;
  if (summary.error) return <ErrorNotice>Could not load the posture: {errorMessage(summary.error)}</ErrorNotice>;
  const s = summary.data;
  if (s.apps.length === 0) {
    return (
      <EmptyState
        title="No apps to score yet"
        action={canRegisterApps ? <Link href="/apps/new" className="text-sm font-medium text-brand-700 hover:underline">Register an app</Link> : undefined}
      >
        Posture scores each registered LLM app against the {s.controls} LLMSecOps controls. Register an app and its integrations, datasets and model usages first.
      </EmptyState>
    );
  }
  if (s.generatedAt === null) {
    return <EmptyState title="Not computed yet">Scores appear after the first recompute: it runs daily and whenever the evidence changes, or now with “Recompute now”.</EmptyState>;
  }
  const points = trend.data ?? [];
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Organization score"><OrgScore summary={s} /></Card>
        <Card title="Score trend" description="Daily snapshots, last 90 days" className="lg:col-span-2">
          {trend.error ? <ErrorNotice>Could not load the trend: {errorMessage(trend.error)}</ErrorNotice> : trend.isPending ? <Skeleton rows={5} /> : (
            <ScoreLineChart title="Organization score per day" seriesName="Org score" points={points.map((p) => ({ day: p.day, value: p.orgScore }))} />
          )}
        </Card>
      </div>
      <Card title="Scores by app" description="Worst first. Open an app for its scorecard.">
        <AppsScoreTable apps={s.apps} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Families" description="Family score per app (0–100)" className="lg:col-span-2"><FamilyHeatmap apps={s.apps} orgFamilies={s.families} /></Card>
        <Card title="Top failing controls" description="Failing in the most apps"><TopFailing items={s.topFailing} /></Card>
      </div>
      {trend.data ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Findings over time"><FindingsBySeverityChart points={points} /></Card>
          <Card title="SLA compliance">
            <ScoreLineChart title="Active findings within their SLA" seriesName="Within SLA" unit="%" points={points.map((p) => ({ day: p.day, value: p.slaCompliance }))} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
