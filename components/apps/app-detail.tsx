"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { PageHeader, Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { AppPostureCard } from "@/components/posture/app-posture-card";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useApp, useAppMutations } from "@/lib/apps/hooks";
import { AppEditForm } from "./app-edit-form";
import { AppIntegrationsCard } from "./app-integrations-card";
import { AppOverview } from "./app-overview";
import { ButtonLink } from "./button-link";
import { DataFlowDiagram } from "./data-flow-diagram";
import { DataStoresCard } from "./data-stores-card";
import { ModelUsagesCard } from "./model-usages-card";

export function AppDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const router = useRouter();
  const app = useApp(id);
  const { remove } = useAppMutations();
  const [editing, setEditing] = useState(false);

  if (app.isPending) return <Skeleton rows={8} />;
  if (app.error) {
    return app.error instanceof ApiError && app.error.status === 404 ? (
      <EmptyState title="App not found" action={<ButtonLink href="/apps" variant="secondary">Back to apps</ButtonLink>}>It may have been deleted, or it belongs to another organization.</EmptyState>
    ) : <ErrorNotice>Could not load the app: {errorMessage(app.error)}</ErrorNotice>;
  }
  const data = app.data;

  async function onDelete() {
    if (!window.confirm(`Delete ${data.name}? Its model usages, data stores and dataset links are deleted with it.`)) return;
    const done = await remove.mutateAsync(id).catch(() => null);
    if (done) router.push("/apps");
  }

  return (
    <>
      <PageHeader
        title={data.name}
        description="LLM app: where its data comes from and which models it sends it to."
        actions={
          <>
            <ButtonLink href="/apps" variant="secondary">All apps</ButtonLink>
            {canManage && !editing ? <Button variant="secondary" onClick={() => setEditing(true)}>Edit</Button> : null}
            {canManage ? <Button variant="danger" disabled={remove.isPending} onClick={() => void onDelete()}>Delete</Button> : null}
          </>
        }
      />
      {remove.error ? <div className="mb-4"><ErrorNotice>{errorMessage(remove.error)}</ErrorNotice></div> : null}
      <div className="space-y-6">
        <Card title={editing ? "Edit app" : "Overview"}>
          {editing ? <AppEditForm app={data} onDone={() => setEditing(false)} /> : <AppOverview app={data} />}
        </Card>
        <Card title="Data flow" description="Data sources and stores on the left, coloured by classification; the models the app calls on the right.">
          <DataFlowDiagram app={data} />
        </Card>
        <ModelUsagesCard app={data} canManage={canManage} />
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2"><DataStoresCard app={data} canManage={canManage} /></div>
          <AppIntegrationsCard app={data} />
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <Card title="Findings">
            <EmptyState title="No findings yet">Security findings for this app (DLP hits, risky prompts, SAST/SCA results) appear here once the findings module lands.</EmptyState>
          </Card>
          <AppPostureCard appId={data.id} />
        </div>
      </div>
    </>
  );
}
