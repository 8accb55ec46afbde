"use client";

import { useId } from "react";
import { TextField } from "@/components/ui/field";
import type { ConfigField, SecretField } from "@/lib/integrations/form-fields";

const CONFIG_PREFIX = "config.";
const SECRET_PREFIX = "secret.";

function TextArea({ field, defaultValue }: { field: ConfigField; defaultValue: string }) {
  const id = useId();
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">{field.label}</label>
      <textarea
        id={id} name={`${CONFIG_PREFIX}${field.key}`} defaultValue={defaultValue} rows={3} maxLength={4000}
        aria-describedby={field.hint ? `${id}-hint` : undefined}
        className="block w-full rounded-md border-0 px-3 py-2 font-mono text-xs text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
      />
      {field.hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{field.hint}</p> : null}
    </div>
  );
}

/** Inputs of a provider's non-secret config, named `config.<key>`. Remount (key) to reset the defaults. */
export function ConfigFields({ fields, defaults }: { fields: ConfigField[]; defaults: Record<string, string> }) {
  return (
    <>
      {fields.map((f) =>
        f.type === "words" || f.type === "lines" || f.type === "params" ? (
          <TextArea key={f.key} field={f} defaultValue={defaults[f.key] ?? ""} />
        ) : (
          <TextField
            key={f.key} label={f.label} name={`${CONFIG_PREFIX}${f.key}`} defaultValue={defaults[f.key] ?? ""}
            type={f.type === "url" ? "url" : "text"} required={f.required} hint={f.hint} placeholder={f.placeholder} maxLength={600}
          />
        ),
      )}
    </>
  );
}

/** Password inputs: the browser never shows the value again and neither does the console. */
export function SecretInputs({ fields }: { fields: SecretField[] }) {
  if (fields.length === 0) return null;
  return (
    <fieldset className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 sm:col-span-2">
      <legend className="px-1 text-sm font-medium text-slate-700">Secrets</legend>
      <p className="mb-3 text-xs text-slate-500">Shown once: stored encrypted, never displayed again (only the last 4 characters and a fingerprint).</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <TextField
            key={f.purpose} label={f.label} name={`${SECRET_PREFIX}${f.purpose}`} type="password" autoComplete="new-password"
            required={f.required} hint={f.hint ?? "Stored encrypted."} maxLength={20_000} spellCheck={false}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Splits the submitted form into config text values and secret values (empty secrets left out). */
export function readForm(form: FormData) {
  const config: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (name.startsWith(CONFIG_PREFIX)) config[name.slice(CONFIG_PREFIX.length)] = value;
    else if (name.startsWith(SECRET_PREFIX) && value.trim()) secrets[name.slice(SECRET_PREFIX.length)] = value;
  }
  return { config, secrets };
}
