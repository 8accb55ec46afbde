"use client";

import { useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useGatewayUsage } from "@/lib/gateway/hooks";
import { UsageChart } from "./usage-chart";
import type { TGatewayUsage } from "@/lib/gateway/schemas";
import { dayRows, USAGE_WINDOWS, type UsageWindow } from "./usage-data";
import { UsageStats } from "./usage-stats";
import { CoverageTable, KeyUsageTable } from "./usage-tables";

const WINDOW_LABELS: Record<UsageWindow, string> = { 1: "24 hours", 7: "7 days", 30: "30 days", 90: "90 days" };

function WindowPicker({ value, onChange }: { value: UsageWindow; onChange: (w: UsageWindow) => void }) {
  return (
    <div role="group" aria-label="Usage window" className="inline-flex rounded-md bg-slate-100 p-1">
      {USAGE_WINDOWS.map((w) => (
        <button
          key={w} type="button" aria-pressed={value === w} onClick={() => onChange(w)}
          className={`rounded px-3 py-1.5 text-sm font-medium ${value === w ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
        >
          {WINDOW_LABELS[w]}
        </button>
      ))}
    </div>
  );
}

/** Totals, per-day chart, per-key table and guardrail coverage over a window of 1 to 90 days. */
export function UsageSection({ initialDays }: { initialDays: UsageWindow }) {
  const [days, setDays] = useState(initialDays);
  const usage = useGatewayUsage(days);

  function change(w: UsageWindow) {
    setDays(w);
    const url = new URL(window.location.href);
    url.searchParams.set("days", String(w));
    window.history.replaceState(window.history.state, "", url);
  }

  return (
    <Card
      title="Usage"
      description={`Calls through the gateway in the last ${WINDOW_LABELS[days]}: what they cost, what the guardrails did, and how much latency the gateway added.`}
      actions={<WindowPicker value={days} onChange={change} />}
    >
      {usage.isPending ? <Skeleton rows={6} /> : usage.error ? (
        <ErrorNotice>Could not load gateway usage: {errorMessage(usage.error)}</ErrorNotice>
      ) : (
        <UsageBody data={usage.data} days={days} stale={usage.isPlaceholderData} />
      )}
    </Card>
  );
}

function UsageBody({ data, days, stale }: { data: TGatewayUsage; days: UsageWindow; stale: boolean }) {
  const rows = useMemo(() => dayRows(data), [data]);
  return (
    <div className={`space-y-8 ${stale ? "opacity-60" : ""}`} aria-busy={stale || undefined}>
      {data.totals.requests === 0 ? (
        <EmptyState title={`No gateway calls in the last ${WINDOW_LABELS[days]}`}>
          Once an app calls OpenAI or Anthropic through the gateway with a virtual key, its requests, tokens, cost and guardrail
          actions show up here shortly after each call.
        </EmptyState>
      ) : (
        <>
          <UsageStats totals={data.totals} />
          <UsageChart rows={rows} />
          <section aria-labelledby="gateway-usage-by-key">
            <h3 id="gateway-usage-by-key" className="mb-2 text-sm font-semibold text-slate-900">By virtual key</h3>
            <KeyUsageTable rows={data.byKey} />
          </section>
        </>
      )}
      <section aria-labelledby="gateway-coverage">
        <h3 id="gateway-coverage" className="text-sm font-semibold text-slate-900">Guardrail coverage by app</h3>
        <p className="mb-2 text-xs text-slate-500">The share of each app&apos;s model calls that the gateway scanned inline.</p>
        <CoverageTable rows={data.coverage} />
      </section>
    </div>
  );
}
