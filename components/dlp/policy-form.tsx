"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import type { TPolicySettings } from "@/lib/dlp/policy-schemas";
import {
  DETECTOR_KINDS, DETECTOR_LABELS, POLICY_ACTION_TEXT, POLICY_ACTIONS, POLICY_OPERATOR_LABELS, POLICY_OPERATORS, type DetectorKind,
  type PolicyAction, type PolicyOperator,
} from "./labels";

type PolicyFormProps = {
  label: string;
  initial: TPolicySettings;
  readOnly: boolean;
  pending?: boolean;
  error?: string | null;
  submitLabel?: string;
  onSubmit?: (settings: TPolicySettings) => void;
  onCancel?: () => void;
};

const parseTypes = (text: string) => [...new Set(text.split(/[,\n]/).map((t) => t.trim()).filter(Boolean))];

/** Which detectors run, at which score, which types are off, and what happens to a text with findings. */
export function PolicyForm({ label, initial, readOnly, pending = false, error, submitLabel = "Save policy", onSubmit, onCancel }: PolicyFormProps) {
  const [detectors, setDetectors] = useState<Set<DetectorKind>>(() => new Set(initial.detectors));
  const [thresholds, setThresholds] = useState(initial.thresholds);
  const [action, setAction] = useState<PolicyAction>(initial.action);
  const [operator, setOperator] = useState<PolicyOperator>(initial.operator);
  const [disabledText, setDisabledText] = useState(initial.disabledTypes.join(", "));
  const baseId = useId();
  const disabledTypes = parseTypes(disabledText);

  const toggle = (kind: DetectorKind) =>
    setDetectors((prev) => { const next = new Set(prev); if (next.has(kind)) next.delete(kind); else next.add(kind); return next; });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit?.({ detectors: DETECTOR_KINDS.filter((k) => detectors.has(k)), thresholds, disabledTypes, action, operator });
  }

  return (
    <form onSubmit={submit} aria-label={label} className="space-y-5">
      <fieldset disabled={readOnly} className="space-y-5">
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Detectors and their score thresholds</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {DETECTOR_KINDS.map((kind) => (
              <div key={kind} className="rounded-md p-3 ring-1 ring-inset ring-slate-200">
                <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                  <input type="checkbox" checked={detectors.has(kind)} onChange={() => toggle(kind)} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
                  {DETECTOR_LABELS[kind]}
                </label>
                <div className="mt-2 flex justify-between text-xs text-slate-600" aria-hidden="true">
                  <span>Threshold</span>
                  <output htmlFor={`${baseId}-${kind}`} className="font-mono">{thresholds[kind].toFixed(2)}</output>
                </div>
                <input
                  id={`${baseId}-${kind}`} type="range" min={0} max={1} step={0.05} value={thresholds[kind]} disabled={readOnly || !detectors.has(kind)}
                  aria-label={`Threshold for ${DETECTOR_LABELS[kind]}`} aria-valuetext={thresholds[kind].toFixed(2)}
                  onChange={(e) => setThresholds((prev) => ({ ...prev, [kind]: Number(e.target.value) }))}
                  className="w-full accent-brand-600"
                />
              </div>
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-500">A finding counts when its score is at or above the threshold: lower finds more, higher is stricter about false positives.</p>
        </fieldset>

        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Action when something is found</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {POLICY_ACTIONS.map((a) => (
              <label key={a} className={`flex cursor-pointer gap-2 rounded-md p-3 text-sm ring-1 ring-inset ${action === a ? "bg-brand-50 ring-brand-300" : "ring-slate-200"}`}>
                <input type="radio" name={`${baseId}-action`} value={a} checked={action === a} onChange={() => setAction(a)} className="mt-0.5 text-brand-600 focus:ring-brand-500" />
                <span><span className="block font-medium text-slate-900">{POLICY_ACTION_TEXT[a].label}</span><span className="text-xs text-slate-600">{POLICY_ACTION_TEXT[a].explanation}</span></span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Redaction operator" value={operator} onChange={(e) => setOperator(e.target.value as PolicyOperator)} hint="Used by Redact and by /api/v1/dlp/redact.">
            {POLICY_OPERATORS.map((o) => <option key={o} value={o}>{POLICY_OPERATOR_LABELS[o]}</option>)}
          </SelectField>
          <TextField
            label="Disabled types" value={disabledText} maxLength={20_000} onChange={(e) => setDisabledText(e.target.value)}
            placeholder="e.g. PERSON, generic-api-key" hint={`Entity types or rule ids to ignore, comma-separated${disabledTypes.length ? ` (${disabledTypes.length})` : ""}.`}
          />
        </div>
      </fieldset>
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      {readOnly ? null : (
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
          {onCancel ? <Button variant="secondary" onClick={onCancel}>Cancel</Button> : null}
        </div>
      )}
    </form>
  );
}
