"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useIntegrations } from "@/lib/integrations/hooks";
import { INTEGRATION_KINDS, KIND_LABELS, type IntegrationKind } from "@/lib/integrations/providers";
import { AddIntegrationForm } from "./add-integration-form";
import { IntegrationsTable } from "./integrations-table";

const TABS: { kind: IntegrationKind | null; label: string }[] = [{ kind: null, label: "All" }, ...INTEGRATION_KINDS.map((k) => ({ kind: k, label: `${KIND_LABELS[k]}s` }))];

export function IntegrationsPanel({ canManage }: { canManage: boolean }) {
  const [kind, setKind] = useState<IntegrationKind | null>(null);
  const [q, setQ] = useState("");
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const list = useIntegrations({ ...(kind ? { kind } : {}), ...(q ? { q } : {}) });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(String(new FormData(event.currentTarget).get("q") ?? "").trim());
  }

  return (
    <div className="space-y-6">
      {canManage && adding ? (
        <Card title="Add integration" description="Secrets are encrypted with your organization's key and never shown again." actions={<Button variant="ghost" onClick={() => setAdding(false)}>Cancel</Button>}>
          <AddIntegrationForm initialKind={kind ?? "LLM_PROVIDER"} onCreated={(created) => { setAdding(false); setAdded(created); }} />
        </Card>
      ) : null}

      {added ? (
        <div role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Added <Link href={`/integrations/${added.id}`} className="font-medium underline">{added.name}</Link>. Its secrets are stored encrypted and will not be shown again.
        </div>
      ) : null}

      <Card
        title="Integrations"
        description="OAuth connections, cloud accounts, LLM provider keys and service accounts."
        actions={
          <>
            <Link href="/integrations/rotation" className="text-sm font-medium text-brand-700 hover:underline">Secret rotation</Link>
            {canManage && !adding ? <Button onClick={() => { setAdded(null); setAdding(true); }}>Add integration</Button> : null}
          </>
        }
      >
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <div role="group" aria-label="Filter by kind" className="flex flex-wrap gap-1">
            {TABS.map((t) => (
              <button
                key={t.label} type="button" aria-pressed={kind === t.kind} onClick={() => setKind(t.kind)}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ${kind === t.kind ? "bg-brand-50 text-brand-700 ring-1 ring-brand-100" : "text-slate-600 hover:bg-slate-100"}`}
              >
                {t.label}
              </button>
            ))}
          </div>
          <form onSubmit={onSearch} role="search" className="flex items-end gap-2">
            <TextField label="Search" name="q" placeholder="Name or provider" maxLength={120} />
            <Button type="submit" variant="secondary">Search</Button>
          </form>
        </div>
        {list.isPending ? <Skeleton rows={4} /> : list.error ? (
          <ErrorNotice>Could not load integrations: {errorMessage(list.error)}</ErrorNotice>
        ) : list.data.length === 0 ? (
          <EmptyState title={q || kind ? "No integrations match" : "No integrations yet"}>
            {q || kind ? "Try another kind or search." : "Record the providers, accounts and connections your LLM apps use, with their secrets encrypted."}
          </EmptyState>
        ) : (
          <IntegrationsTable integrations={list.data} />
        )}
      </Card>
    </div>
  );
}
