"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useGatewayKeyMutations, useGatewayKeys } from "@/lib/gateway/hooks";
import type { TGatewayKey } from "@/lib/gateway/schemas";
import { KeyCreated } from "./key-created";
import { KeysTable } from "./keys-table";
import { NewKeyForm, type CreatedKey } from "./new-key-form";

function GettingStarted({ canManage, onNew }: { canManage: boolean; onNew: () => void }) {
  return (
    <EmptyState title="No virtual keys yet" action={canManage ? <Button onClick={onNew}>New virtual key</Button> : undefined}>
      <p>
        The AI gateway sits between your apps and OpenAI or Anthropic. Apps call it with a virtual key instead of the provider key:
        every prompt and response is checked with the app&apos;s DLP policy, limits and budgets are enforced, and each call is metered here.
      </p>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-left">
        <li>Add an OpenAI or Anthropic API key under <Link href="/integrations" className="font-medium text-brand-700 hover:underline">Integrations</Link>.</li>
        <li>Create a virtual key for an app and that credential.</li>
        <li>In the app, use the key and set the SDK&apos;s base URL to the gateway.</li>
      </ol>
      {canManage ? null : <p className="mt-3">An admin of the organization creates virtual keys.</p>}
    </EmptyState>
  );
}

/** Virtual keys: list, create (secret shown once) and revoke. */
export function KeysSection({ canManage }: { canManage: boolean }) {
  const keys = useGatewayKeys();
  const { revoke } = useGatewayKeyMutations();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);

  const startNew = () => { setCreated(null); setAdding(true); };
  function onRevoke(key: TGatewayKey) {
    if (window.confirm(`Revoke "${key.name}"? Calls with it are refused immediately; this cannot be undone.`)) revoke.mutate(key.id);
  }

  const hasKeys = (keys.data?.length ?? 0) > 0;
  return (
    <Card
      title="Virtual keys"
      description="Each key belongs to one app and one provider credential; the provider key itself never leaves the console."
      actions={canManage && !adding && hasKeys ? <Button onClick={startNew}>New virtual key</Button> : null}
    >
      <div className="space-y-4">
        {canManage && adding ? (
          <div className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">New virtual key</h3>
            <NewKeyForm onCancel={() => setAdding(false)} onCreated={(c) => { setAdding(false); setCreated(c); }} />
          </div>
        ) : null}
        {created ? <KeyCreated created={created} onDismiss={() => setCreated(null)} /> : null}
        {revoke.error ? <ErrorNotice>Could not revoke the key: {errorMessage(revoke.error)}</ErrorNotice> : null}
        {keys.isPending ? <Skeleton rows={4} /> : keys.error ? (
          <ErrorNotice>Could not load virtual keys: {errorMessage(keys.error)}</ErrorNotice>
        ) : keys.data.length === 0 ? (
          adding ? null : <GettingStarted canManage={canManage} onNew={startNew} />
        ) : (
          <KeysTable keys={keys.data} canManage={canManage} revoking={revoke.isPending} onRevoke={onRevoke} />
        )}
      </div>
    </Card>
  );
}
