"use client";

import { useState } from "react";
import { SecretReveal } from "@/components/settings/secret-reveal";
import { Card } from "@/components/ui/card";
import { CreateWebhookForm } from "./create-webhook-form";
import { DeliveryLog } from "./delivery-log";
import { WebhooksTable } from "./webhooks-table";

export type RevealedSecret = { webhookName: string; value: string };

export function AlertsPanel({ canManage }: { canManage: boolean }) {
  const [secret, setSecret] = useState<RevealedSecret | null>(null);
  return (
    <div className="space-y-6">
      {canManage ? (
        <Card title="Add a webhook" description="Posts new findings and SLA breaches at or above a severity to Slack, or as signed JSON to any HTTPS endpoint.">
          <CreateWebhookForm onSecret={setSecret} />
        </Card>
      ) : null}
      {secret ? (
        <SecretReveal label={`Signing secret of "${secret.webhookName}"`} value={secret.value} onDismiss={() => setSecret(null)}>
          Copy it into the receiver now: it is shown only once. Each request carries X-LLMSecOps-Timestamp and X-LLMSecOps-Signature:
          sha256=HMAC-SHA256(secret, timestamp + &quot;.&quot; + body).
        </SecretReveal>
      ) : null}
      <WebhooksTable canManage={canManage} onSecret={setSecret} />
      <DeliveryLog />
    </div>
  );
}
