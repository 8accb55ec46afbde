"use client";

import { useEffect, useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useUsage } from "@/lib/events/hooks";
import type { UsageGroup } from "@/lib/events/schemas";
import { PRESET_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/events/time-range";
import { chartData } from "@/lib/events/usage-chart";
import { usageQueryOf, usageStateToParams, type UsageState } from "@/lib/events/usage-url";
import { UsageChart } from "./usage-chart";
import { UsageTotalsTable } from "./usage-totals-table";

const GROUPS: { id: UsageGroup; label: string }[] = [{ id: "app", label: "App" }, { id: "model", label: "Model" }, { id: "provider", label: "Provider" }];

export function UsagePanel({ initialState }: { initialState: UsageState }) {
  const [state, setState] = useState(initialState);
  const [anchor, setAnchor] = useState(() => Date.now());
  useEffect(() => {
    const query = usageStateToParams(state).toString();
    window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
  }, [state]);
  const change = (patch: Partial<UsageState>) => {
    setState((s) => ({ ...s, ...patch }));
    setAnchor(Date.now());
  };

  const usage = useUsage(useMemo(() => usageQueryOf(state, anchor), [state, anchor]));
  const data = usage.data;
  const tokens = useMemo(() => (data ? chartData(data, "tokens") : null), [data]);
  const cost = useMemo(() => (data ? chartData(data, "cost") : null), [data]);

  return (
    <Card>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <SelectField label="Time range" value={state.range} onChange={(e) => change({ range: e.target.value as RangePreset })}>
          {RANGE_PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABELS[p]}</option>)}
        </SelectField>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">Group by</legend>
          <div className="inline-flex rounded-md bg-slate-100 p-1">
            {GROUPS.map((g) => (
              <button key={g.id} type="button" aria-pressed={state.groupBy === g.id} onClick={() => change({ groupBy: g.id })}
                className={`rounded px-3 py-1.5 text-sm font-medium ${state.groupBy === g.id ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}>
                {g.label}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      {usage.isPending ? <Skeleton rows={8} /> : usage.error ? (
        <ErrorNotice>Could not load usage: {errorMessage(usage.error)}</ErrorNotice>
      ) : data && data.totals.length === 0 ? (
        <EmptyState title="No usage in this time range">
          Token counts and costs appear once LLM provider logs or usage reports are ingested. Costs come from the reported amounts or the model price list.
        </EmptyState>
      ) : data && tokens && cost ? (
        <div className="space-y-8">
          <div className="grid gap-8 xl:grid-cols-2">
            <UsageChart title="Tokens (input + output)" rows={tokens.rows} columns={tokens.columns} bucket={data.bucket} money={false} />
            {cost.columns.length ? <UsageChart title="Cost (USD)" rows={cost.rows} columns={cost.columns} bucket={data.bucket} money /> : (
              <EmptyState title="No cost known for this range">None of these calls carries a cost, and no model price matched them.</EmptyState>
            )}
          </div>
          <UsageTotalsTable totals={data.totals} groupBy={data.groupBy} />
        </div>
      ) : null}
    </Card>
  );
}
