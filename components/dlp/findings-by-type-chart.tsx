"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const MAX_BARS = 10;

/** Occurrences per finding type (the ten most frequent); the table next to it carries the same numbers. */
export function FindingsByTypeChart({ data }: { data: { ruleId: string; occurrences: number }[] }) {
  const bars = data.slice(0, MAX_BARS);
  return (
    <figure aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} />
          <YAxis type="category" dataKey="ruleId" width={150} tick={{ fontSize: 11, fill: "#334155" }} />
          <Tooltip cursor={{ fill: "#eef2ff" }} />
          <Bar dataKey="occurrences" name="Occurrences" fill="#4f46e5" radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
