"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useSecretRotation } from "@/lib/integrations/hooks";
import { formatDate, RotationBadge, SecretTail } from "./badges";
import { providerLabel, purposeLabel } from "./integrations-table";

const ROW_TONE = { overdue: "bg-red-50/60", due: "bg-amber-50/60", ok: "" } as const;

export function RotationPanel() {
  const rotation = useSecretRotation();
  const counts = { overdue: 0, due: 0, ok: 0 };
  for (const s of rotation.data ?? []) counts[s.rotationStatus] += 1;

  return (
    <Card
      title="Secret rotation"
      description={`Every stored secret and its rotation deadline (due within 14 days, overdue after). ${rotation.data ? `${counts.overdue} overdue, ${counts.due} due, ${counts.ok} ok.` : ""}`}
    >
      {rotation.isPending ? <Skeleton rows={5} /> : rotation.error ? (
        <ErrorNotice>Could not load secrets: {errorMessage(rotation.error)}</ErrorNotice>
      ) : rotation.data.length === 0 ? (
        <EmptyState title="No secrets stored yet">Secrets appear here when an integration stores one.</EmptyState>
      ) : (
        <Table label="Secret rotation">
          <thead><tr><Th>Integration</Th><Th>Secret</Th><Th>Value</Th><Th>Last rotated</Th><Th>Next due</Th><Th>Status</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rotation.data.map((s) => (
              <tr key={s.id} className={ROW_TONE[s.rotationStatus]}>
                <Td>
                  <Link href={`/integrations/${s.integrationId}`} className="font-medium text-brand-700 hover:underline">{s.integrationName}</Link>
                  <div className="text-xs text-slate-500">{providerLabel(s.provider)}</div>
                </Td>
                <Td>{purposeLabel(s.purpose)}<div className="text-xs text-slate-500">every {s.rotationDays} days</div></Td>
                <Td><SecretTail last4={s.last4} /></Td>
                <Td className="whitespace-nowrap">{formatDate(s.lastRotatedAt)}</Td>
                <Td className={`whitespace-nowrap ${s.rotationStatus === "overdue" ? "font-medium text-red-700" : s.rotationStatus === "due" ? "font-medium text-amber-800" : ""}`}>{formatDate(s.nextDueAt)}</Td>
                <Td><RotationBadge status={s.rotationStatus} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
