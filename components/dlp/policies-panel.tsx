"use client";

import { useEffect, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { Badge, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useDlpPolicies, useDlpPolicyMutations } from "@/lib/dlp/hooks";
import type { TPolicySettings } from "@/lib/dlp/policy-schemas";
import { AppPoliciesTable, type AppPolicyRow } from "./app-policies-table";
import { formatDateTime, POLICY_SOURCE_TEXT } from "./labels";
import { PolicyForm } from "./policy-form";

const settingsOf = ({ detectors, thresholds, disabledTypes, action, operator }: TPolicySettings): TPolicySettings => ({ detectors, thresholds, disabledTypes, action, operator });

export function PoliciesPanel({ canConfigure }: { canConfigure: boolean }) {
  const policies = useDlpPolicies();
  const { saveDefault, saveApp } = useDlpPolicyMutations();
  const [editing, setEditing] = useState<AppPolicyRow | null>(null);
  const appCard = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editing) appCard.current?.querySelector<HTMLElement>("input, select, button")?.focus();
  }, [editing]);

  if (policies.isPending) return <Card title="Organization default"><Skeleton rows={6} /></Card>;
  if (policies.error) return <ErrorNotice>Could not load DLP policies: {errorMessage(policies.error)}</ErrorNotice>;
  const { orgDefault, apps } = policies.data;

  const closeAppForm = () => { saveApp.reset(); setEditing(null); };

  return (
    <div className="space-y-6">
      <Card
        title={<span className="flex items-center gap-2">Organization default <Badge>{POLICY_SOURCE_TEXT[orgDefault.source]}</Badge></span>}
        description={`Applies to every app without its own policy and to scans without an app. ${orgDefault.updatedAt ? `Last saved ${formatDateTime(orgDefault.updatedAt)}.` : "Not saved yet: built-in defaults apply."}${canConfigure ? "" : " Read-only: an admin can change it."}`}
      >
        <PolicyForm
          key={orgDefault.updatedAt ?? "default"} label="Organization default policy" initial={settingsOf(orgDefault)} readOnly={!canConfigure}
          pending={saveDefault.isPending} error={saveDefault.error ? errorMessage(saveDefault.error) : null}
          submitLabel="Save default policy" onSubmit={(settings) => saveDefault.mutate(settings)}
        />
        {saveDefault.isSuccess ? <p role="status" className="mt-3 text-sm text-emerald-700">Default policy saved.</p> : null}
      </Card>

      {editing ? (
        <div ref={appCard}>
          <Card title={`Policy for ${editing.appName}`} description={editing.policy ? "This app's own policy." : "Starts from the organization default; saving gives the app its own policy."}>
            <PolicyForm
              key={editing.appId} label={`Policy for ${editing.appName}`} initial={settingsOf(editing.policy ?? orgDefault)} readOnly={!canConfigure}
              pending={saveApp.isPending} error={saveApp.error ? errorMessage(saveApp.error) : null} submitLabel="Save app policy"
              onSubmit={(settings) => saveApp.mutate({ appId: editing.appId, body: settings }, { onSuccess: closeAppForm })}
              onCancel={closeAppForm}
            />
          </Card>
        </div>
      ) : null}

      <AppPoliciesTable apps={apps} orgDefault={orgDefault} canConfigure={canConfigure} onCustomize={setEditing} onReset={(appId) => { if (editing?.appId === appId) closeAppForm(); }} />
    </div>
  );
}
