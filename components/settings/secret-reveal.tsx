"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Shows a secret once, with copy; the parent forgets it when dismissed. */
export function SecretReveal({ label, value, children, onDismiss }: { label: string; value: string; children?: ReactNode; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md bg-amber-50 p-4 ring-1 ring-amber-200">
      <p className="text-sm font-medium text-amber-900">{label}</p>
      {children ? <p className="mt-1 text-xs text-amber-800">{children}</p> : null}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code data-testid="revealed-secret" className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 ring-1 ring-amber-200">{value}</code>
        <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}>{copied ? "Copied" : "Copy"}</Button>
        <Button variant="ghost" onClick={onDismiss}>Done</Button>
      </div>
    </div>
  );
}
