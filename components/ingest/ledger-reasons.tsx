import { Badge } from "@/components/ui/feedback";
import { REJECT_REASONS, type RejectReason } from "@/lib/ingest/types";

/** What each rejection reason code means for the person who sent the file, and what to do about it. */
export const REASON_EXPLANATIONS: Record<RejectReason, string> = {
  malformed_json: "The line is not valid JSON: truncated, hand-edited, or a plain-text log line.",
  not_an_object: "The line is valid JSON but not an object (a number, a string or a bare array where a record belongs).",
  invalid_utf8: "The bytes are not valid UTF-8 text.",
  unsupported_encoding: "The file is UTF-16 or UTF-32; save or export it as UTF-8.",
  line_too_long: "The line is over the per-line size limit, so it was not parsed.",
  too_deep: "The JSON is nested deeper than the parser allows.",
  forbidden_key: "The record has a __proto__ key (a prototype-pollution attempt) and was refused.",
  gzip_corrupt: "The gzip data is truncated or is not really gzip.",
  gzip_bomb: "The file decompresses to more than allowed (size or ratio cap): a possible gzip bomb.",
  empty_file: "The file holds no records.",
  wrong_format: "The record does not belong to the source chosen for the upload; try Auto-detect or another source.",
  unknown_format: "Auto-detection found no source that recognises the record.",
  missing_field: "A field the source requires is absent (the detail names it).",
  invalid_value: "A field has an impossible value (the detail names it).",
};

export const reasonExplanation = (code: string) => (REJECT_REASONS as readonly string[]).includes(code) ? REASON_EXPLANATIONS[code as RejectReason] : "A reason this console does not know yet.";

/** Reason codes by count, largest first. */
export const sortedReasons = (reasons: Record<string, number>) =>
  Object.entries(reasons).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function ReasonCode({ code }: { code: string }) {
  return <Badge tone="red"><code className="font-mono">{code}</code></Badge>;
}

/** The rejected records of a file grouped by reason code, each with what it means. */
export function LedgerReasons({ reasons }: { reasons: Record<string, number> }) {
  const rows = sortedReasons(reasons);
  if (rows.length === 0) return <p className="text-sm text-slate-500">No record was rejected.</p>;
  return (
    <ul aria-label="Rejections by reason" className="divide-y divide-slate-100">
      {rows.map(([code, count]) => (
        <li key={code} className="flex items-start justify-between gap-4 py-2">
          <div>
            <ReasonCode code={code} />
            <p className="mt-1 text-sm text-slate-600">{reasonExplanation(code)}</p>
          </div>
          <span className="shrink-0 text-sm font-semibold tabular-nums text-slate-900">{count.toLocaleString()}</span>
        </li>
      ))}
    </ul>
  );
}
