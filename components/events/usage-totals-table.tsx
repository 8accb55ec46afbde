"use client";

import { Table, Td, Th } from "@/components/ui/table";
import type { TUsageTotal, UsageGroup } from "@/lib/events/schemas";
import { formatCount, formatUsd } from "./format";

const GROUP_LABELS: Record<UsageGroup, string> = { app: "App", model: "Model", provider: "Provider" };

export function UsageTotalsTable({ totals, groupBy }: { totals: readonly TUsageTotal[]; groupBy: UsageGroup }) {
  const sum = totals.reduce((s, t) => ({ requests: s.requests + t.requests, inputTokens: s.inputTokens + t.inputTokens, outputTokens: s.outputTokens + t.outputTokens, costUsd: s.costUsd + t.costUsd }), { requests: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 });
  return (
    <Table label={`Usage totals by ${GROUP_LABELS[groupBy].toLowerCase()}`}>
      <thead>
        <tr><Th>{GROUP_LABELS[groupBy]}</Th><Th className="text-right">Requests</Th><Th className="text-right">Input tokens</Th><Th className="text-right">Output tokens</Th><Th className="text-right">Cost</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {totals.map((t) => (
          <tr key={t.key}>
            <Td className={groupBy === "model" ? "font-mono text-xs" : ""}>{t.label}</Td>
            <Td className="text-right tabular-nums">{formatCount(t.requests)}</Td>
            <Td className="text-right tabular-nums">{formatCount(t.inputTokens)}</Td>
            <Td className="text-right tabular-nums">{formatCount(t.outputTokens)}</Td>
            <Td className="text-right tabular-nums">{formatUsd(t.costUsd)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-200 font-semibold">
        <tr>
          <Td>Total</Td>
          <Td className="text-right tabular-nums">{formatCount(sum.requests)}</Td>
          <Td className="text-right tabular-nums">{formatCount(sum.inputTokens)}</Td>
          <Td className="text-right tabular-nums">{formatCount(sum.outputTokens)}</Td>
          <Td className="text-right tabular-nums">{formatUsd(Math.round(sum.costUsd * 1e6) / 1e6)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
