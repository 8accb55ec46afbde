import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/feedback";
import type { TIngestFileDto } from "@/lib/ingest/schemas";
import { processingPercent } from "@/lib/ingest/upload-client";
import { LedgerReasons } from "./ledger-reasons";

const PARTS = [
  { key: "stored", label: "stored", bar: "bg-emerald-500", text: "text-emerald-700" },
  { key: "duplicates", label: "duplicates", bar: "bg-slate-400", text: "text-slate-600" },
  { key: "rejected", label: "rejected", bar: "bg-red-500", text: "text-red-700" },
] as const;

function Term({ value, label, className = "text-slate-900" }: { value: number; label: string; className?: string }) {
  return (
    <div className="text-center">
      <div className={`text-2xl font-semibold tabular-nums ${className}`}>{value.toLocaleString()}</div>
      <div className="text-xs uppercase tracking-wide text-slate-500">{label}</div>
    </div>
  );
}

/** The file's ledger as an equation and a stacked bar, so that every line is seen to be accounted for. */
export function LedgerCard({ file }: { file: TIngestFileDto }) {
  const processing = file.status === "STORED" || file.status === "PROCESSING";
  return (
    <Card title="Ledger" description={processing ? "Counts so far; the worker is still reading the file." : "Every line of the file ends up stored, counted as a duplicate of an event already stored, or rejected with a reason."}>
      <div className="space-y-5">
        {processing ? <ProgressBar value={processingPercent(file)} label={file.status === "STORED" ? "Waiting for the worker" : "Processing"} /> : null}
        <div className="flex flex-wrap items-center justify-center gap-4" data-testid="ledger-equation" aria-label={`${file.lines} lines = ${file.stored} stored + ${file.duplicates} duplicates + ${file.rejected} rejected`} role="group">
          <Term value={file.lines} label="lines" />
          <span aria-hidden="true" className="text-2xl text-slate-400">=</span>
          {PARTS.map((p, i) => (
            <div key={p.key} className="flex items-center gap-4">
              {i ? <span aria-hidden="true" className="text-2xl text-slate-400">+</span> : null}
              <Term value={file[p.key]} label={p.label} className={p.text} />
            </div>
          ))}
        </div>
        {file.lines > 0 ? (
          <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full bg-slate-100">
            {PARTS.map((p) => (file[p.key] ? <div key={p.key} className={p.bar} style={{ width: `${(file[p.key] / file.lines) * 100}%` }} title={`${file[p.key]} ${p.label}`} /> : null))}
          </div>
        ) : null}
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Rejections by reason</h3>
          <LedgerReasons reasons={file.reasons} />
        </div>
      </div>
    </Card>
  );
}
