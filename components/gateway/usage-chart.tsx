"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "@/components/events/format";
import { AXIS_TICK, ChartFigure, shortDay } from "@/components/posture/chart-figure";
import { formatCost, type DayRow } from "./usage-data";

const SERIES = [
  { key: "served", label: "Served", color: "#4f46e5" },
  { key: "blocked", label: "Blocked", color: "#dc2626" },
  { key: "limited", label: "Limited", color: "#d97706" },
] as const;

/** Requests per day stacked by outcome, with the day's cost as a line on its own axis. */
export function UsageChart({ rows }: { rows: DayRow[] }) {
  const busiest = rows.reduce<DayRow | null>((best, r) => (best === null || r.requests > best.requests ? r : best), null);
  const summary = busiest && busiest.requests
    ? `${rows.length} days; busiest ${busiest.day} with ${formatCount(busiest.requests)} requests (${formatCount(busiest.blocked)} blocked, ${formatCount(busiest.limited)} limited, ${formatCost(busiest.costUsd)}).`
    : `${rows.length} days without gateway calls.`;
  return (
    <ChartFigure
      title="Requests and cost per day (UTC)" summary={summary} rows={rows} rowKey={(r) => r.day}
      columns={[
        { label: "Day", value: (r) => r.day },
        { label: "Requests", value: (r) => formatCount(r.requests) },
        { label: "Blocked", value: (r) => formatCount(r.blocked) },
        { label: "Limited", value: (r) => formatCount(r.limited) },
        { label: "Cost", value: (r) => formatCost(r.costUsd) },
      ]}
    >
      <ResponsiveContainer>
        <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={shortDay} tick={AXIS_TICK} minTickGap={16} />
          <YAxis yAxisId="requests" allowDecimals={false} tick={AXIS_TICK} />
          <YAxis yAxisId="cost" orientation="right" tickFormatter={(v: number) => formatCost(v)} tick={AXIS_TICK} width={76} />
          <Tooltip formatter={(v, name) => (name === "Cost" ? formatCost(Number(v)) : formatCount(Number(v)))} cursor={{ fill: "#eef2ff" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {SERIES.map((s) => <Bar key={s.key} yAxisId="requests" dataKey={s.key} name={s.label} stackId="requests" fill={s.color} isAnimationActive={false} />)}
          <Line yAxisId="cost" type="monotone" dataKey="costUsd" name="Cost" stroke="#0891b2" strokeWidth={2} strokeDasharray="5 3" dot={{ r: 2 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
