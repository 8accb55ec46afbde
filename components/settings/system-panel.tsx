"use client";

import { useQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { apiFetch, errorMessage } from "@/lib/api-client";
import { ZSystemStatus } from "@/lib/system/schemas";

function Check({ name, ok, latencyMs, error }: { name: string; ok: boolean; latencyMs: number | null; error: string | null }) {
  return (
    <div className="rounded-lg p-4 ring-1 ring-slate-200" data-testid={`check-${name.toLowerCase()}`}>
      <div className="flex items-center justify-between"><span className="text-sm font-medium text-slate-900">{name}</span><Badge tone={ok ? "green" : "red"}>{ok ? "healthy" : "down"}</Badge></div>
      <p className="mt-1 text-xs text-slate-500">{ok ? `${latencyMs ?? "?"} ms` : error}</p>
    </div>
  );
}

export function SystemPanel() {
  const status = useQuery({ queryKey: ["system"], queryFn: () => apiFetch("/api/v1/system", ZSystemStatus), refetchInterval: 5_000 });
  if (status.isPending) return <Skeleton rows={4} />;
  if (status.error) return <ErrorNotice>Could not load system status: {errorMessage(status.error)}</ErrorNotice>;
  const { health, workers, queues } = status.data;
  return (
    <div className="space-y-6">
      <Card title="Health" description="Refreshed every 5 seconds.">
        <div className="grid gap-4 sm:grid-cols-3">
          <Check name="Postgres" {...health.checks.database} />
          <Check name="Redis" {...health.checks.redis} />
          <Check name="Worker" {...health.checks.worker} />
        </div>
        {workers.length ? (
          <ul className="mt-4 text-xs text-slate-500">
            {workers.map((w) => <li key={w.id}>Worker <code>{w.id}</code> up since {new Date(w.startedAt).toLocaleString()}, last beat {new Date(w.at).toLocaleTimeString()}</li>)}
          </ul>
        ) : null}
      </Card>
      <Card title="Queues" description="Jobs waiting, running and failed per queue.">
        {queues.length === 0 ? <EmptyState title="Queues unavailable">Redis is not answering.</EmptyState> : (
          <Table label="Queues">
            <thead><tr><Th>Queue</Th><Th>Waiting</Th><Th>Active</Th><Th>Delayed</Th><Th>Failed</Th><Th>Completed</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {queues.map((q) => (
                <tr key={q.name}><Td><code>{q.name}</code></Td><Td>{q.counts.waiting}</Td><Td>{q.counts.active}</Td><Td>{q.counts.delayed}</Td><Td>{q.counts.failed ? <Badge tone="red">{q.counts.failed}</Badge> : 0}</Td><Td>{q.counts.completed}</Td></tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card title="Recent failed jobs">
        {queues.every((q) => q.recentFailures.length === 0) ? <EmptyState title="No failed jobs" /> : (
          <Table label="Failed jobs">
            <thead><tr><Th>Queue</Th><Th>Job</Th><Th>Reason</Th><Th>Attempts</Th><Th>Failed at</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {queues.flatMap((q) => q.recentFailures.map((f) => (
                <tr key={`${q.name}-${f.id}`}><Td><code>{q.name}</code></Td><Td className="font-mono text-xs">{f.id}</Td><Td className="text-xs">{f.reason}</Td><Td>{f.attempts}</Td><Td className="text-xs">{f.failedAt ? new Date(f.failedAt).toLocaleString() : ""}</Td></tr>
              )))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
