"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useAuditEvents } from "@/lib/audit/hooks";
import type { TAuditFilters } from "@/lib/audit/schemas";
import { AuditExportButton } from "./audit-export-button";

const summaryText = (s: unknown) => (s === null || s === undefined ? "" : JSON.stringify(s));
const toIso = (local: FormDataEntryValue | null) => (local ? new Date(String(local)).toISOString() : undefined);

export function AuditLogPanel({ canExport }: { canExport: boolean }) {
  const [filters, setFilters] = useState<TAuditFilters>({});
  const events = useAuditEvents(filters);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim() || undefined;
    setFilters({ action: text("action"), actor: text("actor"), resourceType: text("resourceType"), from: toIso(f.get("from")), to: toIso(f.get("to")) });
  }

  return (
    <Card title="Audit log" description="Every change in this organization: who, what, when and from where. Append-only." actions={canExport ? <AuditExportButton filters={filters} /> : null}>
      <form onSubmit={onFilter} className="mb-4 grid gap-3 sm:grid-cols-6 sm:items-end" aria-label="Filter audit events">
        <TextField label="Action" name="action" placeholder="member. or api_key.created" maxLength={64} />
        <TextField label="Actor" name="actor" placeholder="email or key name" maxLength={254} />
        <TextField label="Resource type" name="resourceType" placeholder="membership" maxLength={64} />
        <TextField label="From" name="from" type="datetime-local" />
        <TextField label="To" name="to" type="datetime-local" />
        <Button type="submit" variant="secondary">Apply filters</Button>
      </form>
      {events.isPending ? <Skeleton rows={6} /> : events.error ? (
        <ErrorNotice>Could not load the audit log: {errorMessage(events.error)}</ErrorNotice>
      ) : rows.length === 0 ? (
        <EmptyState title="No audit events match">Try wider filters.</EmptyState>
      ) : (
        <>
          <Table label="Audit events">
            <thead><tr><Th>Time</Th><Th>Actor</Th><Th>Action</Th><Th>Resource</Th><Th>Details</Th><Th>IP</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={e.id}>
                  <Td className="whitespace-nowrap text-slate-500">{new Date(e.createdAt).toLocaleString()}</Td>
                  <Td>{e.actorLabel}{e.actorType !== "USER" ? <span className="ml-1"><Badge>{e.actorType === "API_KEY" ? "API key" : "System"}</Badge></span> : null}</Td>
                  <Td><code className="text-xs">{e.action}</code></Td>
                  <Td className="text-xs text-slate-500">{e.resourceType}{e.resourceId ? <div className="font-mono">{e.resourceId.slice(0, 8)}</div> : null}</Td>
                  <Td className="max-w-sm truncate font-mono text-xs text-slate-500" title={summaryText(e.summary)}>{summaryText(e.summary)}</Td>
                  <Td className="text-xs text-slate-500">{e.ip ?? ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <div className="mt-4 flex items-center justify-between text-sm text-slate-500">
            <span>{rows.length} events shown</span>
            {events.hasNextPage ? (
              <Button variant="secondary" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                {events.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            ) : <span>End of the log</span>}
          </div>
        </>
      )}
    </Card>
  );
}
