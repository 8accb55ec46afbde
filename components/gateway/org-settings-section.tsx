"use client";

import { useId } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useGatewayOrgSettings, useGatewaySettingsMutations } from "@/lib/gateway/hooks";

function Switch({ checked, disabled, onChange, labelledBy, describedBy }: { checked: boolean; disabled: boolean; onChange: (v: boolean) => void; labelledBy: string; describedBy: string }) {
  return (
    <button
      type="button" role="switch" aria-checked={checked} aria-labelledby={labelledBy} aria-describedby={describedBy} disabled={disabled} onClick={() => onChange(!checked)}
      className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${checked ? "bg-brand-600" : "bg-slate-300"}`}
    >
      <span aria-hidden="true" className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${checked ? "translate-x-5" : "translate-x-0.5"}`} />
    </button>
  );
}

/** Whether the gateway keeps the (redacted) content of calls; admins change it. */
export function OrgSettingsSection({ canManage }: { canManage: boolean }) {
  const settings = useGatewayOrgSettings();
  const { saveOrg } = useGatewaySettingsMutations();
  const id = useId();

  return (
    <Card title="Organization setting">
      {settings.isPending ? <Skeleton rows={1} /> : settings.error ? (
        <ErrorNotice>Could not load the gateway settings: {errorMessage(settings.error)}</ErrorNotice>
      ) : (
        <div className="space-y-3">
          <div className="flex items-start justify-between gap-6">
            <div>
              <p id={`${id}-label`} className="text-sm font-medium text-slate-900">Keep redacted prompts and responses of gateway calls</p>
              <p id={`${id}-hint`} className="mt-0.5 max-w-2xl text-sm text-slate-500">
                When on, each gateway call is stored with its prompt and response after DLP redaction, for investigations from the events
                explorer. When off, only metadata is kept: model, tokens, cost, latency and what the guardrails did.
                {canManage ? "" : " Only admins can change this."}
              </p>
            </div>
            <Switch
              checked={saveOrg.isPending && saveOrg.variables ? saveOrg.variables.storeContent : settings.data.storeContent}
              disabled={!canManage || saveOrg.isPending} onChange={(storeContent) => saveOrg.mutate({ storeContent })}
              labelledBy={`${id}-label`} describedBy={`${id}-hint`}
            />
          </div>
          {saveOrg.error ? <ErrorNotice>Could not save: {errorMessage(saveOrg.error)}</ErrorNotice> : null}
        </div>
      )}
    </Card>
  );
}
