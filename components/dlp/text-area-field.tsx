import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";

/** A labelled textarea styled like components/ui/field's TextField. */
export function TextAreaField({ label, hint, error, mono = false, className = "", ...props }: { label: string; hint?: ReactNode; error?: string | null; mono?: boolean } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">{label}</label>
      <textarea
        id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`block w-full rounded-md border-0 px-3 py-2 text-sm ${mono ? "font-mono" : ""} text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500`}
        {...props}
      />
      {hint && !error ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {error ? <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-600">{error}</p> : null}
    </div>
  );
}
