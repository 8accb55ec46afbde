"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useIntegration, useIntegrationMutations } from "@/lib/integrations/hooks";
import { KIND_LABELS } from "@/lib/integrations/providers";
import type { TIntegration } from "@/lib/integrations/schemas";
import { ConnectionStatusBadge, formatDateTime } from "./badges";
import { ConfigView } from "./config-view";
import { EditIntegrationForm } from "./edit-integration-form";
import { providerLabel } from "./integrations-table";
import { SecretsCard } from "./secrets-card";
import { OAuthConnectionPanel } from "@/components/oauth/oauth-connection-panel";

const back = <Link href="/integrations" className="text-sm font-medium text-brand-700 hover:underline">← All integrations</Link>;

export function IntegrationDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const query = useIntegration(id);
  if (query.isPending) return <Skeleton rows={6} />;
  if (query.error) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return <div className="space-y-4">{back}<ErrorNotice>{missing ? "This integration does not exist in your organization." : `Could not load the integration: ${errorMessage(query.error)}`}</ErrorNotice></div>;
  }
  return <Loaded integration={query.data} canManage={canManage} />;
}

function Loaded({ integration: i, canManage }: { integration: TIntegration; canManage: boolean }) {
  const router = useRouter();
  const { remove } = useIntegrationMutations();
  const [editing, setEditing] = useState(false);

  function onDelete() {
    if (!window.confirm(`Delete "${i.name}" and its stored secrets? Apps that reference it keep running but lose the link.`)) return;
    remove.mutate(i.id, { onSuccess: () => router.push("/integrations") });
  }

  return (
    <div className="space-y-6">
      {back}
      <PageHeader title={i.name} description={`${KIND_LABELS[i.kind]} · ${providerLabel(i.provider)}`} actions={<ConnectionStatusBadge kind={i.kind} status={i.status} />} />

      <Card title="Health">
        <dl className="grid gap-4 text-sm sm:grid-cols-3">
          <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Status</dt><dd className="mt-1"><ConnectionStatusBadge kind={i.kind} status={i.status} /></dd></div>
          <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Last checked</dt><dd className="mt-1">{formatDateTime(i.lastCheckedAt)}</dd></div>
          <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Last error</dt><dd className="mt-1 break-words text-red-700">{i.lastError ?? <span className="text-slate-500">None</span>}</dd></div>
        </dl>
        {i.kind !== "OAUTH_CONNECTION" ? (
          <p className="mt-4 text-xs text-slate-500">&quot;Configured&quot; means every required secret is stored. The console makes no outbound call to the provider, so it does not prove the credentials work.</p>
        ) : null}
      </Card>

      {i.kind === "OAUTH_CONNECTION" ? (
        <OAuthConnectionPanel integrationId={i.id} canManage={canManage} />
      ) : null}

      <Card title="Configuration" description="Non-secret settings." actions={canManage && !editing ? <Button variant="secondary" onClick={() => setEditing(true)}>Edit</Button> : null}>
        {editing ? <EditIntegrationForm integration={i} onDone={() => setEditing(false)} /> : <ConfigView provider={i.provider} config={i.config} />}
      </Card>

      <SecretsCard integration={i} canManage={canManage} />

      {canManage ? (
        <Card title="Delete integration" description="Removes the definition and every stored secret. This cannot be undone.">
          {remove.error ? <div className="mb-3"><ErrorNotice>{errorMessage(remove.error)}</ErrorNotice></div> : null}
          <Button variant="danger" disabled={remove.isPending} onClick={onDelete}>Delete<span className="sr-only"> {i.name}</span></Button>
        </Card>
      ) : null}
    </div>
  );
}
