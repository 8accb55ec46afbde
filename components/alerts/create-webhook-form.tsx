"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { FORMAT_LABELS, WEBHOOK_FORMATS, type WebhookFormat } from "@/lib/alerts/constants";
import { useAlertWebhookMutations } from "@/lib/alerts/hooks";
import { errorMessage } from "@/lib/api-client";
import { SEVERITIES, SEVERITY_LABELS, type Severity } from "@/lib/findings/constants";
import type { RevealedSecret } from "./alerts-panel";

const checkbox = "rounded border-slate-300 text-brand-600 focus:ring-brand-500";

export function CreateWebhookForm({ onSecret }: { onSecret: (secret: RevealedSecret) => void }) {
  const { create } = useAlertWebhookMutations();
  const [format, setFormat] = useState<WebhookFormat>("slack");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const result = await create
      .mutateAsync({
        name: String(form.get("name")), url: String(form.get("url")), format, minSeverity: form.get("minSeverity") as Severity,
        onNewFinding: form.get("onNewFinding") === "on", onSlaBreach: form.get("onSlaBreach") === "on",
      })
      .catch(() => null);
    if (!result) return;
    formEl.reset();
    setFormat("slack");
    if (result.secret) onSecret({ webhookName: result.webhook.name, value: result.secret });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required maxLength={80} placeholder="e.g. #sec-alerts" />
        <TextField
          label="Webhook URL" name="url" type="url" required maxLength={2000} placeholder="https://hooks.slack.com/services/…"
          hint="HTTPS to a public address; internal and metadata addresses are refused."
        />
        <SelectField label="Format" name="format" value={format} onChange={(e) => setFormat(e.target.value as WebhookFormat)}
          hint={format === "generic" ? "A signing secret is generated and shown once." : "Slack incoming webhooks and compatible (text + blocks)."}>
          {WEBHOOK_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
        </SelectField>
        <SelectField label="Minimum severity" name="minSeverity" defaultValue="HIGH">
          {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]} and above</option>)}
        </SelectField>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">Send on</legend>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm text-slate-700"><input type="checkbox" name="onNewFinding" defaultChecked className={checkbox} />New findings</label>
          <label className="flex items-center gap-2 text-sm text-slate-700"><input type="checkbox" name="onSlaBreach" defaultChecked className={checkbox} />SLA breaches</label>
        </div>
      </fieldset>
      {create.error ? <ErrorNotice>{errorMessage(create.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={create.isPending}>{create.isPending ? "Adding…" : "Add webhook"}</Button>
    </form>
  );
}
