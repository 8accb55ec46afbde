// What every provider stream transform shares (pure): SSE in and out, one StreamTextGuard per text part, and the
// metering facts gathered on the way.
import { SseParser, serializeSse, type SseEvent } from "./sse";
import { StreamTextGuard, type GuardSpan, type GuardStep, type StreamTextGuardOptions } from "./text-guard";

export type StreamFacts = {
  responseId?: string;
  responseModel?: string;
  inputTokens?: number;
  outputTokens?: number;
  finishReasons: string[];
  /** The guarded text as sent downstream, capped at OUTPUT_TEXT_CAP_BYTES of UTF-8. */
  outputText: string;
  blocked?: GuardSpan;
  /** Spans the guard matched in the text sent (stream offsets; with any fields the scanner added), at most 500. */
  redactions: GuardSpan[];
};

export interface StreamTransform {
  /** Upstream SSE text in, downstream SSE text out ("" while nothing is ready). */
  push(chunk: string): string;
  /** The upstream closed: the rest of the text held back. */
  end(): string;
  facts(): StreamFacts;
}

export const OUTPUT_TEXT_CAP_BYTES = 64 * 1024;
const MAX_REDACTIONS = 500;
const MAX_FINISH_REASONS = 64;

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const shortString = (v: unknown) => (typeof v === "string" && v ? v.slice(0, 200) : undefined);
export const tokenCount = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined);

export function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

export const jsonEvent = (data: unknown, event?: string): string => serializeSse({ event, data: JSON.stringify(data) });

/** The message a blocked stream ends with (names the detector type, never the value). */
export const blockedMessage = (span: GuardSpan) => `Output blocked by the gateway's DLP policy (${String(span.type).slice(0, 100)}).`;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export abstract class SseStreamTransform implements StreamTransform {
  private readonly parser = new SseParser();
  private readonly collected: StreamFacts = { finishReasons: [], outputText: "", redactions: [] };
  private outputBytes = 0;
  /** Blocked (or otherwise over): the rest of upstream is ignored. */
  protected stopped = false;

  constructor(private readonly guardOptions: StreamTextGuardOptions) {}

  push(chunk: string): string {
    return this.stopped ? "" : this.handle(this.parser.push(chunk));
  }

  end(): string {
    if (this.stopped) return "";
    const out = this.handle(this.parser.end());
    return this.stopped ? out : out + this.onEnd();
  }

  facts(): StreamFacts {
    const c = this.collected;
    return { ...c, finishReasons: [...c.finishReasons], redactions: [...c.redactions] };
  }

  /** One upstream event in, what to send for it out. Must not throw on any input. */
  protected abstract onEvent(event: SseEvent): string;
  /** Upstream closed without the provider's final events: release what the guards still hold. */
  protected abstract onEnd(): string;
  /** What ends a blocked stream in the provider's own shape. */
  protected abstract blockedEvents(span: GuardSpan): string;

  protected newGuard(): StreamTextGuard {
    return new StreamTextGuard(this.guardOptions);
  }

  /**
   * Records a guard step and returns the text to send; undefined means the guard blocked, the stream is over, and
   * `blockedOutput()` holds what to send. `sent` is false for text not counted as the response's output text.
   */
  protected take(step: GuardStep, sent = true): string | undefined {
    for (const span of step.matched) if (this.collected.redactions.length < MAX_REDACTIONS) this.collected.redactions.push(span);
    if (step.blocked) {
      this.collected.blocked = step.blocked;
      this.finishReason("content_filter");
      this.stopped = true;
      return undefined;
    }
    if (sent) this.appendOutput(step.emit);
    return step.emit;
  }

  /** Call once `take` returned undefined. */
  protected blockedOutput(): string {
    return this.collected.blocked ? this.blockedEvents(this.collected.blocked) : "";
  }

  /** Guards a whole text at once (one not streamed as deltas). */
  protected guardWhole(text: string, sent = true): string | undefined {
    const guard = this.newGuard();
    const head = this.take(guard.push(text), sent);
    if (head === undefined) return undefined;
    const rest = this.take(guard.end(), sent);
    return rest === undefined ? undefined : head + rest;
  }

  protected finishReason(reason: unknown): void {
    const r = shortString(reason);
    if (r && this.collected.finishReasons.length < MAX_FINISH_REASONS) this.collected.finishReasons.push(r);
  }

  protected recordResponse(facts: { responseId?: unknown; responseModel?: unknown; inputTokens?: unknown; outputTokens?: unknown }): void {
    const c = this.collected;
    c.responseId = shortString(facts.responseId) ?? c.responseId;
    c.responseModel = shortString(facts.responseModel) ?? c.responseModel;
    c.inputTokens = tokenCount(facts.inputTokens) ?? c.inputTokens;
    c.outputTokens = tokenCount(facts.outputTokens) ?? c.outputTokens;
  }

  private handle(events: SseEvent[]): string {
    let out = "";
    for (const event of events) {
      out += this.onEvent(event);
      if (this.stopped) break;
    }
    return out;
  }

  private appendOutput(text: string): void {
    if (!text || this.outputBytes >= OUTPUT_TEXT_CAP_BYTES) return;
    const bytes = utf8Length(text);
    if (this.outputBytes + bytes <= OUTPUT_TEXT_CAP_BYTES) {
      this.collected.outputText += text;
      this.outputBytes += bytes;
      return;
    }
    let end = 0;
    for (const ch of text) {
      const size = utf8Length(ch);
      if (this.outputBytes + size > OUTPUT_TEXT_CAP_BYTES) break;
      this.outputBytes += size;
      end += ch.length;
    }
    this.collected.outputText += text.slice(0, end);
    this.outputBytes = OUTPUT_TEXT_CAP_BYTES;
  }
}
