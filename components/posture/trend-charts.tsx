"use client";

import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SEVERITY_COLORS } from "@/components/findings/badges";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/findings/constants";
import type { TPostureTrend } from "@/lib/posture/schemas";
import { AXIS_TICK, ChartFigure, shortDay } from "./chart-figure";
import { formatScore } from "./labels";

type Point = TPostureTrend["points"][number];

// Severity series differ by dash pattern as well as colour.
const DASHES: Record<string, string | undefined> = { CRITICAL: undefined, HIGH: "6 3", MEDIUM: "2 2", LOW: "8 2 2 2", INFO: "1 3" };

const change = (first: number | null | undefined, last: number | null | undefined, unit: string) =>
  first === null || first === undefined || last === null || last === undefined ? "" : ` (${last - first >= 0 ? "up" : "down"} ${Math.abs(last - first).toFixed(1)}${unit} over the period)`;

/** One 0-100 series per day as a line with dots, for the org score, an app score or SLA compliance. */
export function ScoreLineChart({ title, points, seriesName, unit = "" }: { title: string; points: readonly { day: string; value: number | null }[]; seriesName: string; unit?: string }) {
  const valued = points.filter((p) => p.value !== null);
  const first = valued[0];
  const last = valued[valued.length - 1];
  const summary = last
    ? `${seriesName} on ${last.day}: ${formatScore(last.value)}${unit}${change(first?.value, last.value, unit === "%" ? " points" : "")}; ${points.length} daily snapshots.`
    : "No snapshots yet: the first one is written by the next recompute.";
  return (
    <ChartFigure title={title} summary={summary} rows={points} rowKey={(p) => p.day} columns={[{ label: "Day", value: (p) => p.day }, { label: seriesName, value: (p) => `${formatScore(p.value)}${p.value === null ? "" : unit}` }]}>
      <ResponsiveContainer>
        <LineChart data={[...points]} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={shortDay} tick={AXIS_TICK} minTickGap={16} />
          <YAxis domain={[0, 100]} tick={AXIS_TICK} />
          <Tooltip formatter={(v) => `${formatScore(Number(v))}${unit}`} />
          <Line type="monotone" dataKey="value" name={seriesName} stroke="#4f46e5" strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Active findings per severity and day, stacked. */
export function FindingsBySeverityChart({ points }: { points: readonly Point[] }) {
  const rows = points.map((p) => ({ day: p.day, ...Object.fromEntries(SEVERITIES.map((s) => [s, p.activeFindings[s] ?? 0])) }) as { day: string } & Record<string, number>);
  const last = rows[rows.length - 1];
  const summary = last
    ? `Active findings on ${last.day}: ${SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${last[s]}`).join(", ")}.`
    : "No snapshots yet.";
  return (
    <ChartFigure
      title="Active findings by severity" summary={summary} rows={rows} rowKey={(r) => r.day}
      columns={[{ label: "Day", value: (r) => r.day }, ...SEVERITIES.map((s) => ({ label: SEVERITY_LABELS[s], value: (r: (typeof rows)[number]) => String(r[s]) }))]}
    >
      <ResponsiveContainer>
        <AreaChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={shortDay} tick={AXIS_TICK} minTickGap={16} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {SEVERITIES.map((s) => (
            <Area key={s} type="monotone" dataKey={s} name={SEVERITY_LABELS[s]} stackId="sev" stroke={SEVERITY_COLORS[s]} strokeDasharray={DASHES[s]} strokeWidth={2} fill={SEVERITY_COLORS[s]} fillOpacity={0.25} isAnimationActive={false} />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
