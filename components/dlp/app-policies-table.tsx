"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useDlpPolicyMutations } from "@/lib/dlp/hooks";
import type { TPolicyDto } from "@/lib/dlp/policy-schemas";
import { DETECTOR_LABELS, formatDateTime, POLICY_ACTION_TEXT } from "./labels";

export type AppPolicyRow = { appId: string; appName: string; policy: TPolicyDto | null };

type Props = { apps: AppPolicyRow[]; orgDefault: TPolicyDto; canConfigure: boolean; onCustomize: (row: AppPolicyRow) => void; onReset: (appId: string) => void };

/** Each app: whether it inherits the org default or has its own policy, with the effective action and detectors. */
export function AppPoliciesTable({ apps, orgDefault, canConfigure, onCustomize, onReset }: Props) {
  const { inheritDefault } = useDlpPolicyMutations();

  function reset(row: AppPolicyRow) {
    if (!window.confirm(`Remove ${row.appName}'s own policy? It will use the organization default.`)) return;
    inheritDefault.mutate(row.appId, { onSuccess: () => onReset(row.appId) });
  }

  return (
    <Card title="App policies" description="Apps inherit the organization default unless they have their own policy.">
      {inheritDefault.error ? <div className="mb-3"><ErrorNotice>{errorMessage(inheritDefault.error)}</ErrorNotice></div> : null}
      {apps.length === 0 ? (
        <EmptyState title="No apps yet">Register apps in the inventory to give them their own DLP policy.</EmptyState>
      ) : (
        <Table label="App policies">
          <thead><tr><Th>App</Th><Th>Policy</Th><Th>Action</Th><Th>Detectors</Th><Th>Updated</Th>{canConfigure ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {apps.map((row) => {
              const effective = row.policy ?? orgDefault;
              return (
                <tr key={row.appId}>
                  <Td className="font-medium text-slate-900">{row.appName}</Td>
                  <Td>{row.policy ? <Badge tone="brand">Own policy</Badge> : <Badge>Inherits default</Badge>}</Td>
                  <Td>{POLICY_ACTION_TEXT[effective.action].label}</Td>
                  <Td className="text-xs text-slate-600">{effective.detectors.map((d) => DETECTOR_LABELS[d]).join(", ") || "None"}</Td>
                  <Td className="whitespace-nowrap text-slate-500">{row.policy ? formatDateTime(row.policy.updatedAt) : "—"}</Td>
                  {canConfigure ? (
                    <Td className="whitespace-nowrap text-right">
                      <div className="flex justify-end gap-2">
                        <Button variant="secondary" onClick={() => onCustomize(row)}>Customize<span className="sr-only"> {row.appName}</span></Button>
                        {row.policy ? (
                          <Button variant="danger" disabled={inheritDefault.isPending} onClick={() => reset(row)}>Use default<span className="sr-only"> for {row.appName}</span></Button>
                        ) : null}
                      </div>
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
