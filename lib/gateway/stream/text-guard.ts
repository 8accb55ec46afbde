// DLP over streamed model output (pure). Text is held back by `lookBehind` characters so a value split across
// deltas is seen whole before any of it leaves: for matches up to `lookBehind` long, the concatenated output equals a
// one-shot scan-and-replace of the whole text, however it was chunked.

/** A match: UTF-16 offsets into the text given to `scan`. Extra fields a scanner adds (score, detector) are kept. */
export type GuardSpan = { start: number; end: number; type: string };

export type StreamTextGuardOptions = {
  scan: (text: string) => GuardSpan[];
  /** Characters held back from every push (default 256): the longest match the guard is sure to see whole. */
  lookBehind?: number;
  /** The text to send instead of `value` (the matched text). `span` is in offsets of the whole stream. */
  replace: (span: GuardSpan, value: string) => string;
  /** True to stop the stream on this span. */
  block?: (span: GuardSpan) => boolean;
};

/**
 * What a push or end releases. `matched` lists the spans (stream offsets, before overlaps are merged) in the text
 * released by this step; `blocked` is the span that stopped the stream, after which nothing more is released.
 */
export type GuardStep = { emit: string; blocked?: GuardSpan; matched: GuardSpan[] };

export const DEFAULT_LOOK_BEHIND = 256;

const nothing = (): GuardStep => ({ emit: "", matched: [] });
const tail = (text: string, n: number) => (n <= 0 ? "" : text.length > n ? text.slice(text.length - n) : text);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Spans sorted by start (longest first on ties), overlaps merged into one span of the first one's type. */
export function mergeSpans(sorted: readonly GuardSpan[]): GuardSpan[] {
  const merged: GuardSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

/** The scanner's spans clamped to [from, length), empty or malformed ones dropped, sorted. */
function usableSpans(found: readonly GuardSpan[], from: number, length: number): GuardSpan[] {
  const spans: GuardSpan[] = [];
  for (const s of found) {
    const start = Math.max(from, s.start);
    const end = Math.min(length, s.end);
    if (end > start) spans.push({ ...s, start, end });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

export class StreamTextGuard {
  private readonly lookBehind: number;
  /** Past this much held text, a span that keeps growing is cut and redacted in parts rather than held forever. */
  private readonly maxHeld: number;
  /** Original text received and not yet released. */
  private pending = "";
  /** Original text released just before `pending` (at most `lookBehind` chars): context for the scanner. */
  private context = "";
  /** Stream offset of `pending`. */
  private released = 0;
  /** Spans applied near the end of `context`, so a scan window never starts inside one. */
  private recent: GuardSpan[] = [];
  private finished = false;

  constructor(private readonly options: StreamTextGuardOptions) {
    const lookBehind = options.lookBehind ?? DEFAULT_LOOK_BEHIND;
    this.lookBehind = Number.isFinite(lookBehind) && lookBehind > 0 ? Math.floor(lookBehind) : 0;
    this.maxHeld = Math.max(4 * this.lookBehind, 1024);
  }

  get done(): boolean {
    return this.finished;
  }

  push(delta: string): GuardStep {
    if (this.finished || !delta) return nothing();
    this.pending += delta;
    // Everything would be held back anyway: no need to scan yet.
    if (this.pending.length <= this.lookBehind) return nothing();
    return this.step(false);
  }

  end(): GuardStep {
    if (this.finished) return nothing();
    this.finished = true;
    return this.pending ? this.step(true) : nothing();
  }

  private step(final: boolean): GuardStep {
    const windowStart = this.windowStart();
    const window = this.context.slice(windowStart - (this.released - this.context.length)) + this.pending;
    const offset = window.length - this.pending.length;
    // Spans wholly inside the context were dealt with when that text was released; one that began there is cut
    // to its part in the pending text.
    const spans = usableSpans(this.options.scan(window), offset, window.length);
    const merged = mergeSpans(spans);
    const cut = final ? window.length : this.releaseCut(window, offset, merged);
    const toStream = (s: GuardSpan): GuardSpan => ({ ...s, start: s.start + windowStart, end: s.end + windowStart });

    const matched = spans.filter((s) => s.start < cut).map(toStream);
    const blocked = this.options.block ? matched.find((s) => this.options.block?.(s)) : undefined;
    if (blocked) {
      this.finished = true;
      this.pending = "";
      return { emit: "", blocked, matched: [] };
    }

    let emit = "";
    let pos = offset;
    for (const span of merged) {
      if (span.start >= cut) break;
      const end = Math.min(span.end, cut);
      emit += window.slice(pos, span.start) + this.options.replace(toStream({ ...span, end }), window.slice(span.start, end));
      pos = end;
    }
    emit += window.slice(pos, cut);

    this.context = tail(this.context + window.slice(offset, cut), this.lookBehind);
    this.pending = window.slice(cut);
    this.released += cut - offset;
    const horizon = this.released - this.lookBehind;
    this.recent = this.recent.concat(matched.filter((s) => s.end <= this.released)).filter((s) => s.end > horizon);
    return { emit, matched };
  }

  /**
   * Release up to `lookBehind` before the end, but never part of a match (it may still grow, or be one the scanner
   * cannot recognise yet) and never half of a surrogate pair. A match held longer than `maxHeld` is cut anyway.
   */
  private releaseCut(window: string, offset: number, merged: readonly GuardSpan[]): number {
    const splitsPair = (at: number) => at > offset && isHigh(window.charCodeAt(at - 1)) && isLow(window.charCodeAt(at));
    let cut = window.length - this.lookBehind;
    for (;;) {
      const straddling = merged.find((s) => s.start < cut && s.end > cut);
      if (straddling) cut = straddling.start;
      else if (splitsPair(cut)) cut--;
      else break;
    }
    if (window.length - cut > this.maxHeld) {
      cut = window.length - this.lookBehind;
      if (splitsPair(cut)) cut--;
    }
    return Math.max(cut, offset);
  }

  /**
   * Where the next scan window starts: `lookBehind` chars back for context, moved past any match that covers that
   * point, so a regex scanner resumes where a one-shot scan would and does not match a truncated value.
   */
  private windowStart(): number {
    let start = this.released - this.context.length;
    for (let moved = true; moved; ) {
      moved = false;
      for (const s of this.recent) {
        if (s.start < start && s.end > start) {
          start = s.end;
          moved = true;
        }
      }
    }
    return Math.min(start, this.released);
  }
}
