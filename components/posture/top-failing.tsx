import Link from "next/link";
import { SeverityBadge } from "@/components/findings/badges";
import type { TPostureSummary } from "@/lib/posture/schemas";

export const controlHref = (controlId: string) => `/posture/controls#${controlId}`;

/** The controls failing in the most apps, each linking to its catalog entry. */
export function TopFailing({ items }: { items: TPostureSummary["topFailing"] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">No control fails in any app.</p>;
  return (
    <ol aria-label="Top failing controls" className="divide-y divide-slate-100">
      {items.map((c) => (
        <li key={c.controlId} className="flex items-start justify-between gap-3 py-2">
          <div className="min-w-0">
            <Link href={controlHref(c.controlId)} className="text-sm font-medium text-brand-700 hover:underline">{c.title}</Link>
            <div className="flex items-center gap-2 text-xs text-slate-500"><span className="font-mono">{c.controlId}</span><SeverityBadge severity={c.severity} /></div>
          </div>
          <span className="whitespace-nowrap text-sm tabular-nums text-slate-700">{c.apps} {c.apps === 1 ? "app" : "apps"}</span>
        </li>
      ))}
    </ol>
  );
}
