"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "@/lib/events/usage-chart";
import type { UsageBucket } from "@/lib/events/schemas";
import { formatCompact, formatUsd } from "./format";

const COLORS = ["#4f46e5", "#0891b2", "#16a34a", "#d97706", "#db2777", "#7c3aed", "#dc2626", "#64748b"];

const bucketLabel = (bucket: UsageBucket) => (iso: string) => {
  const d = new Date(iso);
  return bucket === "hour" ? d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : d.toLocaleDateString([], { month: "short", day: "numeric", timeZone: "UTC" });
};

/** A stacked bar per bucket; the totals table below carries the same numbers for screen readers. */
export function UsageChart({ title, rows, columns, bucket, money }: { title: string; rows: ChartRow[]; columns: ChartSeries[]; bucket: UsageBucket; money: boolean }) {
  const format = money ? (v: number) => formatUsd(v) : (v: number) => formatCompact(v);
  return (
    <figure className="w-full" data-testid={`usage-chart-${money ? "cost" : "tokens"}`}>
      <figcaption className="mb-2 text-sm font-semibold text-slate-900">{title}</figcaption>
      <div aria-hidden="true" className="h-64 w-full">
        <ResponsiveContainer>
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="bucket" tickFormatter={bucketLabel(bucket)} tick={{ fontSize: 11, fill: "#64748b" }} minTickGap={16} />
            <YAxis tickFormatter={format} tick={{ fontSize: 11, fill: "#64748b" }} width={64} />
            <Tooltip labelFormatter={(l) => bucketLabel(bucket)(String(l))} formatter={(v) => format(Number(v))} cursor={{ fill: "#eef2ff" }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {columns.map((c, i) => <Bar key={c.dataKey} dataKey={c.dataKey} name={c.label} stackId="usage" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
