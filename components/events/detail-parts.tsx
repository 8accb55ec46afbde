"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { prettyJson } from "@/lib/events/pretty-json";

/** Label/value pairs; empty values show a dash so the layout does not jump between events. */
export function Fields({ label, items }: { label: string; items: [string, ReactNode][] }) {
  return (
    <dl aria-label={label} className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map(([name, value]) => (
        <div key={name} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{name}</dt>
          <dd className="mt-0.5 break-all text-slate-800">{value === null || value === undefined || value === "" ? <span className="text-slate-400">—</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TextBlock({ label, text, empty }: { label: string; text: string | null; empty: string }) {
  return (
    <section aria-label={label}>
      <h3 className="mb-1 text-sm font-semibold text-slate-900">{label}</h3>
      {text ? (
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800 ring-1 ring-slate-200">{text}</pre>
      ) : <p className="text-sm text-slate-500">{empty}</p>}
    </section>
  );
}

/** The stored raw record, pretty-printed, folded by default (it can be long). */
export function RawJsonBlock({ raw, missing }: { raw: string | null; missing: string }) {
  if (raw === null) return <p className="text-sm text-slate-500">{missing}</p>;
  return (
    <details className="rounded-md ring-1 ring-slate-200">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">Raw record ({raw.length.toLocaleString()} characters)</summary>
      <pre className="max-h-[32rem] overflow-auto border-t border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-800">{prettyJson(raw)}</pre>
    </details>
  );
}

export const BackToEvents = ({ tab }: { tab: "llm" | "cloud" }) => (
  <Link href={tab === "cloud" ? "/ingestion/events?tab=cloud" : "/ingestion/events"} className="text-sm font-medium text-brand-700 hover:underline">← All {tab === "cloud" ? "cloud audit events" : "LLM calls"}</Link>
);

export const Mono = ({ children }: { children: ReactNode }) => <span className="font-mono text-xs">{children}</span>;
