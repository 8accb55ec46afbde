"use client";

import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS, PROVIDER_LABELS, SECRET_PURPOSE_LABELS, type IntegrationProvider, type SecretPurpose } from "@/lib/integrations/providers";
import type { TIntegration } from "@/lib/integrations/schemas";
import { ConnectionStatusBadge, RotationBadge, SecretTail } from "./badges";

export const providerLabel = (p: string) => PROVIDER_LABELS[p as IntegrationProvider] ?? p;
export const purposeLabel = (p: string) => SECRET_PURPOSE_LABELS[p as SecretPurpose] ?? p;

export function IntegrationsTable({ integrations }: { integrations: TIntegration[] }) {
  return (
    <Table label="Integrations">
      <thead><tr><Th>Name</Th><Th>Kind</Th><Th>Provider</Th><Th>Status</Th><Th>Secrets</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {integrations.map((i) => (
          <tr key={i.id}>
            <Td><Link href={`/integrations/${i.id}`} className="font-medium text-brand-700 hover:underline">{i.name}</Link></Td>
            <Td className="whitespace-nowrap text-slate-500">{KIND_LABELS[i.kind]}</Td>
            <Td className="whitespace-nowrap">{providerLabel(i.provider)}</Td>
            <Td>
              <ConnectionStatusBadge kind={i.kind} status={i.status} />
              {i.lastError ? <div className="mt-1 max-w-xs truncate text-xs text-red-600" title={i.lastError}>{i.lastError}</div> : null}
            </Td>
            <Td>
              {i.secrets.length === 0 ? <span className="text-xs text-slate-400">None</span> : (
                <ul className="space-y-1">
                  {i.secrets.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2">
                      <span className="text-xs text-slate-500">{purposeLabel(s.purpose)}</span>
                      <SecretTail last4={s.last4} />
                      <RotationBadge status={s.rotationStatus} />
                    </li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
