import { Table, Td, Th } from "@/components/ui/table";
import type { TCorrelationRun } from "@/lib/correlation/schemas";

const time = (iso: string) => new Date(iso).toLocaleString();

export function RuleRunsTable({ name, runs }: { name: string; runs: TCorrelationRun[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-500">Not run yet.</p>;
  return (
    <Table label={`Recent runs of ${name}`}>
      <thead>
        <tr><Th>Ran</Th><Th>Window</Th><Th className="text-right">Matched</Th><Th className="text-right">Created</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {runs.map((r) => (
          <tr key={r.id}>
            <Td>{time(r.ranAt)}</Td>
            <Td className="text-xs text-slate-500">{time(r.windowStart)} – {time(r.windowEnd)}</Td>
            <Td className="text-right tabular-nums">{r.matched}</Td>
            <Td className="text-right tabular-nums">{r.created}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
