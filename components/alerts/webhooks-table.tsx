"use client";

import { useState } from "react";
import { SeverityBadge } from "@/components/findings/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { FORMAT_LABELS } from "@/lib/alerts/constants";
import { useAlertWebhookMutations, useAlertWebhooks } from "@/lib/alerts/hooks";
import type { TAlertTestResult, TAlertWebhook } from "@/lib/alerts/schemas";
import { errorMessage } from "@/lib/api-client";
import type { RevealedSecret } from "./alerts-panel";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "Never");
const events = (w: TAlertWebhook) => [w.onNewFinding ? "New findings" : null, w.onSlaBreach ? "SLA breaches" : null].filter(Boolean).join(", ") || "None";

function TestResult({ result }: { result: TAlertTestResult }) {
  return (
    <p role="status" className={`mt-1 text-xs ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
      {result.ok ? `Test delivered: HTTP ${result.httpStatus} in ${result.durationMs} ms` : `Test failed: ${result.error}`}
    </p>
  );
}

export function WebhooksTable({ canManage, onSecret }: { canManage: boolean; onSecret: (secret: RevealedSecret) => void }) {
  const webhooks = useAlertWebhooks();
  const { update, remove, test } = useAlertWebhookMutations();
  const [results, setResults] = useState<Record<string, TAlertTestResult>>({});
  const [actionError, setActionError] = useState<string | null>(null);

  const run = <T,>(p: Promise<T>, then?: (value: T) => void) => {
    setActionError(null);
    p.then(then, (e: unknown) => setActionError(errorMessage(e)));
  };
  const sendTest = (w: TAlertWebhook) => run(test.mutateAsync(w.id), (r) => setResults((prev) => ({ ...prev, [w.id]: r.result })));
  const rotate = (w: TAlertWebhook) => {
    if (!window.confirm(`Rotate the signing secret of "${w.name}"? The receiver must be given the new one.`)) return;
    run(update.mutateAsync({ id: w.id, change: { rotateSecret: true } }), (r) => r.secret && onSecret({ webhookName: r.webhook.name, value: r.secret }));
  };
  const onDelete = (w: TAlertWebhook) => {
    if (window.confirm(`Delete "${w.name}" and its delivery log?`)) run(remove.mutateAsync(w.id));
  };

  return (
    <Card title="Webhooks" description="Each finding is announced once per webhook and event; failed deliveries are retried with backoff.">
      {actionError ? <div className="mb-3"><ErrorNotice>{actionError}</ErrorNotice></div> : null}
      {webhooks.isPending ? <Skeleton /> : webhooks.error ? (
        <ErrorNotice>Could not load webhooks: {errorMessage(webhooks.error)}</ErrorNotice>
      ) : webhooks.data.length === 0 ? (
        <EmptyState title="No webhooks yet">{canManage ? "Add one above to be told about critical findings as they happen." : "An admin can add one."}</EmptyState>
      ) : (
        <Table label="Alert webhooks">
          <thead><tr><Th>Name</Th><Th>Format</Th><Th>Sends</Th><Th>Status</Th><Th>Last delivery</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {webhooks.data.map((w) => (
              <tr key={w.id}>
                <Td>
                  <div className="font-medium text-slate-900">{w.name}</div>
                  <code className="font-mono text-xs text-slate-500">{w.urlPreview}</code>
                </Td>
                <Td><Badge>{FORMAT_LABELS[w.format]}</Badge>{w.signed ? <div className="mt-1 text-xs text-slate-500">Signed</div> : null}</Td>
                <Td><div className="flex items-center gap-1"><SeverityBadge severity={w.minSeverity} /><span className="text-xs text-slate-500">and above</span></div><div className="mt-1 text-xs text-slate-500">{events(w)}</div></Td>
                <Td>{w.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}</Td>
                <Td className="text-slate-500">
                  <div className="whitespace-nowrap">{when(w.lastDeliveryAt)}</div>
                  {w.lastStatus ? <div className="max-w-xs break-words text-xs">{w.lastStatus}</div> : null}
                  {results[w.id] ? <TestResult result={results[w.id]!} /> : null}
                </Td>
                {canManage ? (
                  <Td>
                    <div className="flex flex-wrap justify-end gap-2">
                      <Button variant="secondary" disabled={test.isPending} onClick={() => sendTest(w)}>Send test<span className="sr-only"> to {w.name}</span></Button>
                      <Button variant="secondary" disabled={update.isPending} onClick={() => run(update.mutateAsync({ id: w.id, change: { enabled: !w.enabled } }))}>
                        {w.enabled ? "Disable" : "Enable"}<span className="sr-only"> {w.name}</span>
                      </Button>
                      {w.signed ? <Button variant="ghost" disabled={update.isPending} onClick={() => rotate(w)}>Rotate secret<span className="sr-only"> of {w.name}</span></Button> : null}
                      <Button variant="danger" disabled={remove.isPending} onClick={() => onDelete(w)}>Delete<span className="sr-only"> {w.name}</span></Button>
                    </div>
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
