"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { CUSTOM_VALIDATOR_NAMES, type CustomValidator } from "@/lib/dlp/custom/validators";
import { useDetectorCatalog } from "@/lib/dlp/hooks";
import type { TCreateCustomRuleRequest, TCustomRuleDto } from "@/lib/dlp/policy-schemas";
import { SEVERITIES, type Severity } from "./labels";
import { RuleTestBox } from "./rule-test-box";
import { TextAreaField } from "./text-area-field";

type RuleFormProps = {
  initial?: TCustomRuleDto;
  pending: boolean;
  error: unknown;
  onSubmit: (body: TCreateCustomRuleRequest) => void;
  onCancel: () => void;
};

const parseKeywords = (text: string) => [...new Set(text.split(",").map((k) => k.trim()).filter(Boolean))];

// A refused pattern comes back as a 400 whose message is about the pattern: show it on that field.
const isPatternError = (error: unknown) => error instanceof ApiError && error.status === 400 && /pattern/i.test(error.message);

/** Create or edit a custom rule, with a live test box fed by the pattern being written. */
export function RuleForm({ initial, pending, error, onSubmit, onCancel }: RuleFormProps) {
  const catalog = useDetectorCatalog();
  const [pattern, setPattern] = useState(initial?.pattern ?? "");
  const [caseInsensitive, setCaseInsensitive] = useState(initial?.caseInsensitive ?? false);
  const [keywordText, setKeywordText] = useState(initial?.keywords.join(", ") ?? "");
  const [validator, setValidator] = useState<CustomValidator>(initial?.validator ?? "none");
  const keywords = parseKeywords(keywordText);
  const validators = catalog.data?.validators ?? CUSTOM_VALIDATOR_NAMES.map((id) => ({ id, label: id }));
  const patternError = isPatternError(error) ? errorMessage(error) : null;
  const formError = error && !patternError ? errorMessage(error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    onSubmit({
      ruleId: initial?.ruleId ?? text("ruleId"), name: text("name"), description: text("description"), pattern, caseInsensitive, keywords, validator,
      score: Number(text("score")), severity: text("severity") as Severity, enabled: f.get("enabled") === "on",
    });
  }

  return (
    <form onSubmit={submit} aria-label={initial ? `Edit rule ${initial.ruleId}` : "Add a custom rule"} className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Rule id" name="ruleId" required minLength={3} maxLength={64} pattern="[a-z0-9][a-z0-9\-]*" defaultValue={initial?.ruleId} disabled={Boolean(initial)}
            placeholder="e.g. employee-id" hint={initial ? "The id cannot change; findings refer to it." : "Lowercase letters, digits and dashes."}
          />
          <TextField label="Name" name="name" required maxLength={120} defaultValue={initial?.name} placeholder="e.g. Employee id" />
        </div>
        <TextAreaField label="Description" name="description" rows={2} maxLength={1000} defaultValue={initial?.description} />
        <TextAreaField
          label="Pattern" mono required rows={2} maxLength={1000} value={pattern} onChange={(e) => setPattern(e.target.value)} spellCheck={false}
          placeholder="e.g. \bEMP-\d{6}\b" error={patternError}
          hint="RE2 syntax: no lookarounds or backreferences; patterns that can backtrack catastrophically are refused."
        />
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={caseInsensitive} onChange={(e) => setCaseInsensitive(e.target.checked)} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
          Case-insensitive
        </label>
        <TextField
          label="Keywords" value={keywordText} onChange={(e) => setKeywordText(e.target.value)} maxLength={1500}
          placeholder="e.g. employee, staff id" hint="Comma-separated; when given, one must occur within 100 characters of the match."
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label="Validator" value={validator} onChange={(e) => setValidator(e.target.value as CustomValidator)}>
            {validators.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
          </SelectField>
          <TextField label="Score" name="score" type="number" required min={0.05} max={1} step={0.05} defaultValue={initial?.score ?? 0.8} hint="0.05 to 1" />
          <SelectField label="Severity" name="severity" defaultValue={initial?.severity ?? "MEDIUM"}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{s.charAt(0) + s.slice(1).toLowerCase()}</option>)}
          </SelectField>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="enabled" defaultChecked={initial?.enabled ?? true} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
          Enabled (scans use it)
        </label>
        {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : initial ? "Save rule" : "Add rule"}</Button>
          <Button variant="secondary" onClick={onCancel}>Cancel</Button>
        </div>
      </div>
      <RuleTestBox draft={{ pattern, caseInsensitive, keywords, validator }} />
    </form>
  );
}
