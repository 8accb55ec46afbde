"use client";

import Link from "next/link";
import { useState } from "react";
import { SeverityBadge } from "@/components/findings/badges";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS, type DeliveryStatus } from "@/lib/alerts/constants";
import { useAlertDeliveries, useAlertWebhooks } from "@/lib/alerts/hooks";
import { errorMessage } from "@/lib/api-client";

const STATUS_TONE: Record<DeliveryStatus, "slate" | "green" | "red" | "amber"> = { PENDING: "amber", DELIVERED: "green", FAILED: "red", SKIPPED: "slate" };
const STATUS_LABEL: Record<DeliveryStatus, string> = { PENDING: "Pending", DELIVERED: "Delivered", FAILED: "Failed", SKIPPED: "Skipped" };

export function DeliveryLog() {
  const [webhookId, setWebhookId] = useState<string | null>(null);
  const webhooks = useAlertWebhooks();
  const deliveries = useAlertDeliveries(webhookId);

  const filter = (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      Webhook
      <select
        value={webhookId ?? ""}
        onChange={(e) => setWebhookId(e.target.value || null)}
        className="rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
      >
        <option value="">All</option>
        {(webhooks.data ?? []).map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </select>
    </label>
  );

  return (
    <Card title="Recent deliveries" description="The last 50 alerts, newest first (refreshed every 30 seconds)." actions={filter}>
      {deliveries.isPending ? <Skeleton /> : deliveries.error ? (
        <ErrorNotice>Could not load deliveries: {errorMessage(deliveries.error)}</ErrorNotice>
      ) : deliveries.data.length === 0 ? (
        <EmptyState title="No deliveries yet">Alerts appear here within a minute of a matching finding or SLA breach.</EmptyState>
      ) : (
        <Table label="Alert deliveries">
          <thead><tr><Th>When</Th><Th>Webhook</Th><Th>Event</Th><Th>Finding</Th><Th>Result</Th><Th>Attempts</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {deliveries.data.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap text-slate-500">{new Date(d.deliveredAt ?? d.createdAt).toLocaleString()}</Td>
                <Td>{d.webhookName}</Td>
                <Td>{KIND_LABELS[d.kind]}</Td>
                <Td>
                  {d.finding ? (
                    <div className="flex items-start gap-2">
                      <SeverityBadge severity={d.finding.severity} />
                      <Link href={`/findings/${d.finding.id}`} className="text-brand-700 hover:underline">{d.finding.title}</Link>
                    </div>
                  ) : <span className="text-slate-400">Deleted finding</span>}
                </Td>
                <Td>
                  <Badge tone={STATUS_TONE[d.status]}>{STATUS_LABEL[d.status]}{d.httpStatus ? ` · ${d.httpStatus}` : ""}</Badge>
                  {d.error ? <div className="mt-1 max-w-xs break-words text-xs text-slate-500">{d.error}</div> : null}
                </Td>
                <Td className="text-slate-500">{d.attempts}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
