"use client";

import Link from "next/link";
import { SeverityBadge } from "@/components/findings/badges";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useCorrelationRuns } from "@/lib/correlation/hooks";
import { RuleRunsTable } from "./rule-runs-table";

/** The correlation rules: what each detects, its threshold, and what its last runs found. */
export function DetectionsPanel() {
  const rules = useCorrelationRuns();
  if (rules.isPending) return <Card title="Correlation detections"><Skeleton rows={6} /></Card>;
  if (rules.isError) return <ErrorNotice>Could not load the correlation runs: {errorMessage(rules.error)}</ErrorNotice>;
  const neverRan = rules.data.every((r) => r.runs.length === 0);
  return (
    <div className="space-y-4">
      {neverRan ? (
        <EmptyState title="No correlation run yet">
          The worker correlates every organization with recent LLM or cloud events every 15 minutes. Ingest logs to start.
        </EmptyState>
      ) : null}
      <ul className="grid gap-4 lg:grid-cols-2" aria-label="Correlation rules">
        {rules.data.map((rule) => (
          <li key={rule.rule}>
            <Card
              title={rule.name}
              description={<span className="inline-flex items-center gap-2"><SeverityBadge severity={rule.severity} /> <code className="text-xs">{rule.rule}</code></span>}
              actions={
                <Link className="text-sm font-medium text-brand-700 hover:underline" href={`/findings?source=CORRELATION&q=${encodeURIComponent(rule.rule)}`}>
                  {rule.activeFindings} active finding{rule.activeFindings === 1 ? "" : "s"}
                </Link>
              }
            >
              <p className="text-sm text-slate-700">{rule.description}</p>
              <p className="mt-2 text-xs text-slate-500"><span className="font-medium text-slate-600">Threshold:</span> {rule.threshold}</p>
              <div className="mt-4"><RuleRunsTable name={rule.name} runs={rule.runs} /></div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
