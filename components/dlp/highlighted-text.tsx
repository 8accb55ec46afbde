import { highlightSegments, type HighlightSpan } from "@/lib/dlp/highlight";

/** The text with every span wrapped in <mark>; `describe` names what a merged mark contains (its tooltip). */
export function HighlightedText({ text, spans, label, describe }: { text: string; spans: readonly HighlightSpan[]; label: string; describe?: (spanIndexes: number[]) => string }) {
  const segments = highlightSegments(text, spans);
  return (
    <div
      role="region" aria-label={label} tabIndex={0}
      className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800 ring-1 ring-inset ring-slate-200"
    >
      {segments.map((s) =>
        s.spans.length === 0 ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark key={s.start} title={describe?.(s.spans)} className="rounded bg-amber-200 px-0.5 text-slate-900">{s.text}</mark>
        ),
      )}
    </div>
  );
}
