"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useApiKeyMutations, useApiKeys } from "@/lib/api-keys/hooks";
import type { TApiKey } from "@/lib/api-keys/schemas";
import { CreateApiKeyForm } from "./create-api-key-form";
import { SecretReveal } from "./secret-reveal";

const STATUS_TONE = { active: "green", expired: "amber", revoked: "red" } as const;
const when = (iso: string | null, empty = "Never") => (iso ? new Date(iso).toLocaleString() : empty);

export function ApiKeysPanel({ canManage, grantableScopes }: { canManage: boolean; grantableScopes: string[] }) {
  const keys = useApiKeys();
  const { revoke } = useApiKeyMutations();
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);

  function onRevoke(key: TApiKey) {
    if (window.confirm(`Revoke "${key.name}"? Anything using it stops working immediately.`)) revoke.mutate(key.id);
  }

  return (
    <div className="space-y-6">
      {canManage ? (
        <Card title="Create an API key" description="Keys act in this organization with the scopes you choose (never more than yours).">
          <CreateApiKeyForm grantableScopes={grantableScopes} onCreated={(name, value) => setSecret({ name, value })} />
          {secret ? (
            <div className="mt-4">
              <SecretReveal label={`Your new key "${secret.name}"`} value={secret.value} onDismiss={() => setSecret(null)}>
                Copy it now: it is shown only once and cannot be recovered.
              </SecretReveal>
            </div>
          ) : null}
        </Card>
      ) : null}
      <Card title="API keys" description="Send a key as `Authorization: Bearer lsk_…`.">
        {revoke.error ? <div className="mb-3"><ErrorNotice>{errorMessage(revoke.error)}</ErrorNotice></div> : null}
        {keys.isPending ? <Skeleton /> : keys.error ? (
          <ErrorNotice>Could not load API keys: {errorMessage(keys.error)}</ErrorNotice>
        ) : keys.data.length === 0 ? (
          <EmptyState title="No API keys yet">Create one to call the API from scripts, CI or log shippers.</EmptyState>
        ) : (
          <Table label="API keys">
            <thead><tr><Th>Name</Th><Th>Key</Th><Th>Scopes</Th><Th>Created</Th><Th>Last used</Th><Th>Expires</Th><Th>Status</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {keys.data.map((k) => (
                <tr key={k.id}>
                  <Td className="font-medium text-slate-900">{k.name}</Td>
                  <Td><code className="font-mono text-xs">{k.prefix}…{k.last4}</code></Td>
                  <Td><div className="flex max-w-xs flex-wrap gap-1">{k.scopes.map((s) => <Badge key={s}>{s}</Badge>)}</div></Td>
                  <Td className="whitespace-nowrap text-slate-500">{when(k.createdAt)}<div className="text-xs">{k.createdBy ?? ""}</div></Td>
                  <Td className="whitespace-nowrap text-slate-500">{when(k.lastUsedAt)}</Td>
                  <Td className="whitespace-nowrap text-slate-500">{when(k.expiresAt, "No expiry")}</Td>
                  <Td><Badge tone={STATUS_TONE[k.status]}>{k.status}</Badge></Td>
                  {canManage ? (
                    <Td className="text-right">
                      {k.status === "active" ? <Button variant="danger" disabled={revoke.isPending} onClick={() => onRevoke(k)}>Revoke<span className="sr-only"> {k.name}</span></Button> : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
