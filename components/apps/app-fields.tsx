"use client";

import { useId } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import {
  CRITICALITIES, CRITICALITY_LABELS, DEPLOYMENT_LABELS, DEPLOYMENTS, END_USER_AUTH_LABELS, END_USER_AUTHS, EXPOSURE_LABELS, EXPOSURES,
  FRAMEWORK_LABELS, FRAMEWORKS, FRONTEND_LABELS, FRONTENDS, LIFECYCLE_LABELS, LIFECYCLES,
} from "@/lib/apps/constants";
import type { TAppDetail, TAppOptions } from "@/lib/apps/schemas";

type Defaults = Partial<Pick<TAppDetail, "name" | "description" | "businessUnit" | "criticality" | "lifecycle" | "exposure" | "endUserAuth" | "deployment" | "framework" | "frontend" | "environments" | "tags">> & { ownerId?: string | null };

function Options<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return <>{values.map((v) => <option key={v} value={v}>{labels[v]}</option>)}</>;
}

/** The app's own fields, uncontrolled; read them back with appFieldsFromForm (lib/apps/app-form.ts). */
export function AppFields({ defaults = {}, members }: { defaults?: Defaults; members: TAppOptions["members"] }) {
  const descriptionId = useId();
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <TextField label="Name" name="name" required maxLength={120} defaultValue={defaults.name} placeholder="e.g. Support Copilot" />
      <SelectField label="Owner" name="ownerId" defaultValue={defaults.ownerId ?? ""}>
        <option value="">No owner</option>
        {members.map((m) => <option key={m.id} value={m.id}>{m.name ? `${m.name} (${m.email})` : m.email}</option>)}
      </SelectField>
      <TextField label="Business unit" name="businessUnit" maxLength={120} defaultValue={defaults.businessUnit} placeholder="e.g. Customer Success" />
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor={descriptionId} className="mb-1 block text-sm font-medium text-slate-700">Description</label>
        <textarea
          id={descriptionId} name="description" rows={2} maxLength={2000} defaultValue={defaults.description}
          className="block w-full rounded-md border-0 px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
          placeholder="What the app does and for whom"
        />
      </div>
      <SelectField label="Lifecycle" name="lifecycle" defaultValue={defaults.lifecycle ?? "DEVELOPMENT"}><Options values={LIFECYCLES} labels={LIFECYCLE_LABELS} /></SelectField>
      <SelectField label="Criticality" name="criticality" defaultValue={defaults.criticality ?? "MEDIUM"}><Options values={CRITICALITIES} labels={CRITICALITY_LABELS} /></SelectField>
      <SelectField label="Exposure" name="exposure" defaultValue={defaults.exposure ?? "INTERNAL"}><Options values={EXPOSURES} labels={EXPOSURE_LABELS} /></SelectField>
      <SelectField label="End-user authentication" name="endUserAuth" defaultValue={defaults.endUserAuth ?? "SSO"}><Options values={END_USER_AUTHS} labels={END_USER_AUTH_LABELS} /></SelectField>
      <SelectField label="Deployment" name="deployment" defaultValue={defaults.deployment ?? "CONTAINER"}><Options values={DEPLOYMENTS} labels={DEPLOYMENT_LABELS} /></SelectField>
      <SelectField label="Framework" name="framework" defaultValue={defaults.framework ?? "custom"}><Options values={FRAMEWORKS} labels={FRAMEWORK_LABELS} /></SelectField>
      <SelectField label="Frontend" name="frontend" defaultValue={defaults.frontend ?? "api-only"}><Options values={FRONTENDS} labels={FRONTEND_LABELS} /></SelectField>
      <TextField label="Environments" name="environments" maxLength={400} defaultValue={defaults.environments?.join(", ")} placeholder="dev, staging, prod" hint="Comma-separated" />
      <TextField label="Tags" name="tags" maxLength={800} defaultValue={defaults.tags?.join(", ")} placeholder="rag, customer-facing" hint="Comma-separated" />
    </div>
  );
}
