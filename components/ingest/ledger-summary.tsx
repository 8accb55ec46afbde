import type { TIngestFileDto } from "@/lib/ingest/schemas";
import { sortedReasons } from "./ledger-reasons";

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

type Ledger = Pick<TIngestFileDto, "lines" | "stored" | "duplicates" | "rejected" | "reasons">;

/** One line: "4 lines = 3 stored + 0 duplicates + 1 rejected", then the most frequent rejection reasons. */
export function LedgerSummary({ ledger, topReasons = 3 }: { ledger: Ledger; topReasons?: number }) {
  const reasons = sortedReasons(ledger.reasons).slice(0, topReasons);
  return (
    <div className="text-sm text-slate-700" data-testid="ledger-summary">
      <p>
        <strong className="font-semibold text-slate-900">{plural(ledger.lines, "line")}</strong>
        {" = "}<span className="text-emerald-700">{ledger.stored.toLocaleString()} stored</span>
        {" + "}<span className="text-slate-600">{plural(ledger.duplicates, "duplicate")}</span>
        {" + "}<span className={ledger.rejected ? "text-red-700" : "text-slate-600"}>{ledger.rejected.toLocaleString()} rejected</span>
      </p>
      {reasons.length ? (
        <p className="mt-1 text-xs text-slate-500">
          Top reasons: {reasons.map(([code, n], i) => <span key={code}>{i ? ", " : ""}<code className="font-mono">{code}</code> ({n.toLocaleString()})</span>)}
        </p>
      ) : null}
    </div>
  );
}
