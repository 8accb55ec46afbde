"use client";

import { useId, useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useApps } from "@/lib/apps/hooks";
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

function AppPicker({ value, onChange }: { value: string; onChange: (appId: string) => void }) {
  const apps = useApps({ limit: 100, sort: "name" });
  const id = useId();
  return (
    <div className="inline-flex items-center gap-2 text-sm text-slate-600">
      <label htmlFor={id}>App</label>
      <select id={id} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All apps</option>
        {(apps.data?.apps ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </div>
  );
}

/** Totals, per-day chart, per-key table and guardrail coverage over a window of 1 to 90 days, for one app or all. */
export function UsageSection({ initialDays, initialAppId }: { initialDays: UsageWindow; initialAppId?: string }) {
  const [days, setDays] = useState(initialDays);
  const [appId, setAppId] = useState(initialAppId ?? "");
  const usage = useGatewayUsage(days, appId || undefined);

  function keepInUrl(name: string, value: string) {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    window.history.replaceState(window.history.state, "", url);
  }
  function change(w: UsageWindow) {
    setDays(w);
    keepInUrl("days", String(w));
  }
  function changeApp(id: string) {
    setAppId(id);
    keepInUrl("app", id);
  }

  return (
    <Card
      title="Usage"
      description={`Calls through the gateway in the last ${WINDOW_LABELS[days]}: what they cost, what the guardrails did, and how much latency the gateway added.`}
      actions={<div className="flex flex-wrap items-center gap-3"><AppPicker value={appId} onChange={changeApp} /><WindowPicker value={days} onChange={change} /></div>}
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
