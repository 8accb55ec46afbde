"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { emptyUsageDraft, usageDraftsToInputs, type ModelUsageDraft } from "@/lib/apps/app-form";
import { providerLabel } from "@/lib/apps/constants";
import { useAppMutations, useAppOptions } from "@/lib/apps/hooks";
import type { TAppDetail } from "@/lib/apps/schemas";
import { ModelUsageFields } from "./model-usage-fields";

function AddModelUsageForm({ appId }: { appId: string }) {
  const options = useAppOptions();
  const { addModelUsage } = useAppMutations();
  const [draft, setDraft] = useState<ModelUsageDraft>(() => emptyUsageDraft("new"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [usage] = usageDraftsToInputs([draft]);
    if (!usage) return;
    const added = await addModelUsage.mutateAsync({ appId, usage }).catch(() => null);
    if (added) setDraft(emptyUsageDraft("new"));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Add a model usage" className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">Add a model usage</h3>
      <ModelUsageFields value={draft} onChange={setDraft} credentials={options.data?.credentials ?? []} requireModel />
      {addModelUsage.error ? <ErrorNotice>{errorMessage(addModelUsage.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={addModelUsage.isPending}>{addModelUsage.isPending ? "Adding…" : "Add model usage"}</Button>
    </form>
  );
}

export function ModelUsagesCard({ app, canManage }: { app: TAppDetail; canManage: boolean }) {
  const { removeModelUsage } = useAppMutations();
  return (
    <Card title="Model usages" description="The models this app calls, with the credential each one uses.">
      {removeModelUsage.error ? <div className="mb-3"><ErrorNotice>{errorMessage(removeModelUsage.error)}</ErrorNotice></div> : null}
      {app.modelUsages.length === 0 ? (
        <EmptyState title="No model usages recorded">{canManage ? "Add the models this app calls below." : "An admin can record the models this app calls."}</EmptyState>
      ) : (
        <Table label="Model usages">
          <thead><tr><Th>Provider</Th><Th>Model</Th><Th>Purpose</Th><Th>Credential</Th><Th>Gateway</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {app.modelUsages.map((u) => (
              <tr key={u.id}>
                <Td className="font-medium text-slate-900">{providerLabel(u.provider)}</Td>
                <Td><code className="text-xs">{u.modelId}</code></Td>
                <Td>{u.purpose}</Td>
                <Td>{u.credential ? u.credential.name : <span className="text-slate-400">None recorded</span>}</Td>
                <Td>{u.viaGateway ? <Badge tone="green">Via gateway</Badge> : <Badge>Direct</Badge>}</Td>
                {canManage ? (
                  <Td className="text-right">
                    <Button
                      variant="danger"
                      disabled={removeModelUsage.isPending}
                      onClick={() => { if (window.confirm(`Remove ${u.modelId} from ${app.name}?`)) removeModelUsage.mutate({ appId: app.id, usageId: u.id }); }}
                    >
                      Remove<span className="sr-only"> {u.modelId}</span>
                    </Button>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canManage ? <AddModelUsageForm appId={app.id} /> : null}
    </Card>
  );
}
