import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";

export type DataColumn<R> = { label: string; value: (row: R) => string };

/**
 * A chart with its caption, a one-sentence summary for screen readers, and the same numbers as a table behind a
 * disclosure: the drawing itself is aria-hidden, so nothing is conveyed by colour or shape alone.
 */
export function ChartFigure<R>({ title, summary, rows, rowKey, columns, children }: {
  title: string; summary: string; rows: readonly R[]; rowKey: (row: R) => string; columns: readonly DataColumn<R>[]; children: ReactNode;
}) {
  return (
    <figure className="w-full">
      <figcaption className="mb-1 text-sm font-semibold text-slate-900">{title}</figcaption>
      <p className="mb-2 text-xs text-slate-600">{summary}</p>
      <div aria-hidden="true" className="h-56 w-full">{children}</div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">Show the data as a table</summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <Table label={title}>
            <thead><tr>{columns.map((c) => <Th key={c.label}>{c.label}</Th>)}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => <tr key={rowKey(r)}>{columns.map((c) => <Td key={c.label} className="tabular-nums">{c.value(r)}</Td>)}</tr>)}
            </tbody>
          </Table>
        </div>
      </details>
    </figure>
  );
}

export const AXIS_TICK = { fontSize: 11, fill: "#64748b" };
export const shortDay = (day: string) => day.slice(5);
