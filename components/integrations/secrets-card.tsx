"use client";

import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { TIntegration } from "@/lib/integrations/schemas";
import { formatDate, RotationBadge, SecretTail } from "./badges";
import { purposeLabel } from "./integrations-table";
import { SecretRowActions } from "./secret-row-actions";

export function SecretsCard({ integration, canManage }: { integration: TIntegration; canManage: boolean }) {
  return (
    <Card title="Secrets" description="Encrypted at rest with the organization's data key. Only the last 4 characters and a fingerprint are ever shown.">
      {integration.secrets.length === 0 ? (
        <EmptyState title="No secrets stored">
          {integration.kind === "OAUTH_CONNECTION" ? "Tokens appear here once the connection is authorized." : "This integration needs none."}
        </EmptyState>
      ) : (
        <Table label="Secrets">
          <thead><tr><Th>Secret</Th><Th>Value</Th><Th>Fingerprint</Th><Th>Last rotated</Th><Th>Next due</Th><Th>Status</Th>{canManage ? <Th>Actions</Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {integration.secrets.map((s) => (
              <tr key={s.id}>
                <Td className="font-medium text-slate-900">{purposeLabel(s.purpose)}<div className="text-xs font-normal text-slate-500">every {s.rotationDays} days</div></Td>
                <Td><SecretTail last4={s.last4} /></Td>
                <Td><code className="font-mono text-xs text-slate-500">{s.fingerprint}</code></Td>
                <Td className="whitespace-nowrap">{formatDate(s.lastRotatedAt)}</Td>
                <Td className="whitespace-nowrap">{formatDate(s.nextDueAt)}{s.expiresAt ? <div className="text-xs text-slate-500">expires {formatDate(s.expiresAt)}</div> : null}</Td>
                <Td><RotationBadge status={s.rotationStatus} /></Td>
                {canManage ? <Td className="min-w-72"><SecretRowActions integrationId={integration.id} secret={s} /></Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
