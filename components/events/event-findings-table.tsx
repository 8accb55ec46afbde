"use client";

import { Badge, EmptyState } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { TEventFinding } from "@/lib/events/schemas";

const SEVERITY_TONE = { CRITICAL: "red", HIGH: "red", MEDIUM: "amber", LOW: "slate", INFO: "slate" } as const;

export function EventFindingsTable({ findings }: { findings: readonly TEventFinding[] }) {
  if (findings.length === 0) return <EmptyState title="No DLP findings">DLP found nothing sensitive in this call&apos;s prompt or completion.</EmptyState>;
  return (
    <Table label="DLP findings of this call">
      <thead><tr><Th>Rule</Th><Th>Severity</Th><Th>Evidence</Th><Th>Status</Th><Th className="text-right">Times in this call</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {findings.map((f) => (
          <tr key={f.findingId}>
            <Td><code className="text-xs">{f.ruleId}</code><div className="text-xs text-slate-500">{f.title}</div></Td>
            <Td><Badge tone={SEVERITY_TONE[f.severity]}>{f.severity.toLowerCase()}</Badge></Td>
            <Td className="font-mono text-xs">{f.evidence || "—"}</Td>
            <Td className="text-xs">{f.status.replace(/_/g, " ").toLowerCase()}</Td>
            <Td className="text-right tabular-nums">{f.occurrences}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
