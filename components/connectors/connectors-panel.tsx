"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useConnectors, usePullNow } from "@/lib/connectors/hooks";
import type { TConnector } from "@/lib/connectors/schemas";

const when = (iso: string | null, empty = "Never") => (iso ? new Date(iso).toLocaleString() : empty);
const cursorOf = (c: TConnector) => (c.provider === "openai" ? when(c.pull.lastAuditAt, "—") : when(c.pull.lastUsageEnd, "—"));

function StateBadge({ c }: { c: TConnector }) {
  if (!c.hasKey) return <Badge tone="amber">No key</Badge>;
  if (c.pull.running) return <Badge tone="brand">Pulling</Badge>;
  if (c.pull.lastError) return <Badge tone="red">{c.pull.authFailed ? "Key refused" : "Failed"}</Badge>;
  if (c.pull.lastSuccessAt) return <Badge tone="green">{c.pull.backlog ? "Catching up" : "OK"}</Badge>;
  return <Badge>Not pulled yet</Badge>;
}

/** OpenAI audit logs and Anthropic usage pulled with each integration's admin key; "Pull now" for writers. */
export function ConnectorsPanel({ canPull }: { canPull: boolean }) {
  const connectors = useConnectors();
  const pullNow = usePullNow();
  const result = pullNow.data;
  return (
    <Card title="Pull connectors" description="Scheduled pulls of OpenAI organization audit logs and Anthropic usage reports, using the integration's organization admin key.">
      {pullNow.error ? <div className="mb-3"><ErrorNotice>{errorMessage(pullNow.error)}</ErrorNotice></div> : null}
      {result ? (
        <p className="mb-3 text-sm text-slate-600" role="status">
          {result.outcome === "failed"
            ? `Pull failed: ${result.error ?? "unknown error"}`
            : result.streams.map((s) => `${s.records} records fetched, ${s.file?.stored ?? 0} new, ${s.file?.duplicates ?? 0} already stored`).join("; ")}
        </p>
      ) : null}
      {connectors.isPending ? <Skeleton /> : connectors.error ? (
        <ErrorNotice>Could not load connectors: {errorMessage(connectors.error)}</ErrorNotice>
      ) : connectors.data.length === 0 ? (
        <EmptyState title="No OpenAI or Anthropic integrations">Add one under Integrations with an organization admin key to pull its logs.</EmptyState>
      ) : (
        <Table label="Pull connectors">
          <thead><tr><Th>Integration</Th><Th>Source</Th><Th>State</Th><Th>Pulled up to</Th><Th>Last run</Th>{canPull ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {connectors.data.map((c) => (
              <tr key={c.id}>
                <Td className="font-medium text-slate-900">{c.name}</Td>
                <Td><code className="font-mono text-xs">{c.source}</code></Td>
                <Td><StateBadge c={c} />{c.pull.lastError ? <div className="mt-1 max-w-xs text-xs text-red-700">{c.pull.lastError}</div> : null}</Td>
                <Td className="whitespace-nowrap text-slate-500">{cursorOf(c)}</Td>
                <Td className="whitespace-nowrap text-slate-500">{when(c.pull.lastRunAt)}</Td>
                {canPull ? (
                  <Td className="text-right">
                    <Button variant="secondary" disabled={!c.hasKey || c.pull.running || pullNow.isPending} onClick={() => pullNow.mutate(c.id)}>
                      Pull now<span className="sr-only"> {c.name}</span>
                    </Button>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
