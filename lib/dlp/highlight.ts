// Splits a text into plain and highlighted segments so a UI can wrap DLP matches in <mark>.
// Offsets are UTF-16 code units (JavaScript string indices), as the scanner reports them.

export type HighlightSpan = { start: number; end: number };

/** A run of the text; `spans` lists the indices (into the input spans) that cover it, empty for plain text. */
export type TextSegment = { text: string; start: number; end: number; spans: number[] };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset between the two halves of a surrogate pair moves outward, so a mark never splits an astral character. */
function snapOffset(text: string, offset: number, direction: "back" | "forward"): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const splitsPair = isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  if (!splitsPair) return offset;
  return direction === "back" ? offset - 1 : offset + 1;
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

type CleanSpan = { start: number; end: number; index: number };

function cleanSpans(text: string, spans: readonly HighlightSpan[]): CleanSpan[] {
  const clean: CleanSpan[] = [];
  spans.forEach((span, index) => {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return;
    const start = clamp(Math.floor(span.start), text.length);
    const end = clamp(Math.ceil(span.end), text.length);
    if (end > start) clean.push({ start: snapOffset(text, start, "back"), end: snapOffset(text, end, "forward"), index });
  });
  return clean.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The text cut into consecutive segments covering it exactly once. Overlapping or nested spans merge into one
 * highlighted segment (listing every span in it); spans that merely touch stay separate; spans outside the
 * text are clamped to it and empty or invalid ones are ignored.
 */
export function highlightSegments(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  const emit = (group: { start: number; end: number; spans: number[] }) => {
    if (group.start > cursor) segments.push({ text: text.slice(cursor, group.start), start: cursor, end: group.start, spans: [] });
    segments.push({ text: text.slice(group.start, group.end), start: group.start, end: group.end, spans: group.spans.sort((a, b) => a - b) });
    cursor = group.end;
  };
  let group: { start: number; end: number; spans: number[] } | null = null;
  for (const span of cleanSpans(text, spans)) {
    if (group && span.start < group.end) {
      group.end = Math.max(group.end, span.end);
      group.spans.push(span.index);
    } else {
      if (group) emit(group);
      group = { start: span.start, end: span.end, spans: [span.index] };
    }
  }
  if (group) emit(group);
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, end: text.length, spans: [] });
  return segments;
}
