// OpenAI Responses API streaming through the guard (pure). Each output_text part (item, output index, content
// index) streams through its own StreamTextGuard; the events that repeat the whole text (output_text.done,
// content_part.done, output_item.done, response.completed) carry the guarded text instead of the raw one.
import { serializeSse, type SseEvent } from "./sse";
import { blockedMessage, isObj, jsonEvent, parseJson, SseStreamTransform, type Json } from "./stream-transform";
import type { GuardSpan, StreamTextGuard } from "./text-guard";

type TextPart = { guard: StreamTextGuard; text: string; delta: Json };
const RESPONSE_EVENTS = new Set(["response.created", "response.in_progress", "response.completed", "response.incomplete", "response.failed"]);
const FINAL_EVENTS = new Set(["response.completed", "response.incomplete", "response.failed"]);

const partKey = (itemId: unknown, outputIndex: unknown, contentIndex: unknown) => `${String(itemId)}|${String(outputIndex)}|${String(contentIndex)}`;

export class OpenAiResponsesStreamTransform extends SseStreamTransform {
  private readonly parts = new Map<string, TextPart>();
  /** Texts guarded whole (never streamed as deltas), by part key, so every event repeating them agrees. */
  private readonly wholeTexts = new Map<string, string>();
  /**
   * The sequence_number to send next. Held-back deltas are dropped and flushes added, so events are renumbered to
   * stay gapless and increasing.
   */
  private nextSequence: number | undefined;

  protected onEvent(e: SseEvent): string {
    const ev = parseJson(e.data);
    if (!isObj(ev)) return serializeSse(e);
    const type = typeof ev.type === "string" ? ev.type : (e.event ?? "");
    let out = "";
    let changed = false;

    if (type === "response.output_text.delta" && typeof ev.delta === "string") {
      const part = this.partFor(ev);
      const text = this.take(part.guard.push(ev.delta));
      if (text === undefined) return this.blockedOutput();
      if (text === "") return "";
      part.text += text;
      ev.delta = text;
      // Token logprobs spell out the raw text the guard rewrote.
      if (Array.isArray(ev.logprobs) && ev.logprobs.length > 0) ev.logprobs = [];
      changed = true;
    } else if (type === "response.output_text.done") {
      const key = partKey(ev.item_id, ev.output_index, ev.content_index);
      out += this.flush(key);
      if (this.stopped) return out;
      if (typeof ev.text === "string" || this.parts.has(key)) {
        const text = this.finalText(key, typeof ev.text === "string" ? ev.text : "");
        if (text === undefined) return this.blockedOutput();
        if (text !== ev.text) [ev.text, changed] = [text, true];
      }
    } else if (type === "response.content_part.done" && isObj(ev.part)) {
      const key = partKey(ev.item_id, ev.output_index, ev.content_index);
      out += this.flush(key);
      if (this.stopped) return out;
      const result = this.rewriteTexts([ev.part], () => key);
      if (result === undefined) return this.blockedOutput();
      changed = result;
    } else if (type === "response.output_item.done" && isObj(ev.item)) {
      out += this.flushAll(partKey(ev.item.id, ev.output_index, ""));
      if (this.stopped) return out;
      const result = this.rewriteItem(ev.item, ev.output_index);
      if (result === undefined) return this.blockedOutput();
      changed = result;
    } else if (RESPONSE_EVENTS.has(type) && isObj(ev.response)) {
      const response = ev.response;
      const usage = isObj(response.usage) ? response.usage : {};
      this.recordResponse({ responseId: response.id, responseModel: response.model, inputTokens: usage.input_tokens, outputTokens: usage.output_tokens });
      if (FINAL_EVENTS.has(type)) {
        out += this.flushAll();
        if (this.stopped) return out;
        const incomplete = isObj(response.incomplete_details) ? response.incomplete_details.reason : undefined;
        this.finishReason(incomplete ?? response.status);
      }
      const result = this.rewriteResponse(response);
      if (result === undefined) return this.blockedOutput();
      changed = result;
    }
    return out + this.send(e, ev, changed);
  }

  protected onEnd(): string {
    return this.flushAll();
  }

  protected blockedEvents(span: GuardSpan): string {
    const message = blockedMessage(span);
    const code = "content_policy_violation";
    // The openai SDK raises an APIError for any event whose data has an `error` member.
    const error = { type: "invalid_request_error", code, message, param: null };
    return jsonEvent({ type: "error", code, message, param: null, sequence_number: this.nextSequence ?? 0, error }, "error");
  }

  /** The event as it goes out: renumbered, and re-encoded only when something in it changed. */
  private send(e: SseEvent, ev: Json, changed: boolean): string {
    if (typeof ev.sequence_number === "number") {
      const sequence = this.nextSequence ?? ev.sequence_number;
      this.nextSequence = sequence + 1;
      if (sequence !== ev.sequence_number) [ev.sequence_number, changed] = [sequence, true];
    }
    return changed ? serializeSse({ ...e, data: JSON.stringify(ev) }) : serializeSse(e);
  }

  private partFor(ev: Json): TextPart {
    const key = partKey(ev.item_id, ev.output_index, ev.content_index);
    let part = this.parts.get(key);
    if (!part) {
      const delta = { type: "response.output_text.delta", item_id: ev.item_id, output_index: ev.output_index, content_index: ev.content_index, delta: "", logprobs: [] };
      part = { guard: this.newGuard(), text: "", delta };
      this.parts.set(key, part);
    }
    return part;
  }

  /** A delta event with what the part's guard still holds, if anything. */
  private flush(key: string): string {
    const part = this.parts.get(key);
    if (!part || part.guard.done) return "";
    const rest = this.take(part.guard.end());
    if (rest === undefined) return this.blockedOutput();
    if (!rest) return "";
    part.text += rest;
    const data = { ...part.delta, delta: rest, sequence_number: this.nextSequence };
    if (this.nextSequence !== undefined) this.nextSequence++;
    return jsonEvent(data, "response.output_text.delta");
  }

  /** Flushes every part, or those whose key starts with `prefix` (the parts of one output item). */
  private flushAll(prefix = ""): string {
    let out = "";
    for (const key of this.parts.keys()) {
      if (key.startsWith(prefix)) out += this.flush(key);
      if (this.stopped) break;
    }
    return out;
  }

  /** The guarded text of a part: what its deltas sent, or else the raw text guarded whole; undefined if blocked. */
  private finalText(key: string, raw: string): string | undefined {
    const streamed = this.parts.get(key);
    if (streamed) return streamed.text;
    const known = this.wholeTexts.get(key);
    if (known !== undefined) return known;
    const text = this.guardWhole(raw);
    if (text !== undefined) this.wholeTexts.set(key, text);
    return text;
  }

  /** Rewrites the output_text parts of a content list: true when one changed, undefined when one was blocked. */
  private rewriteTexts(content: readonly unknown[], keyAt: (i: number) => string): boolean | undefined {
    let changed = false;
    for (const [i, part] of content.entries()) {
      if (!isObj(part) || part.type !== "output_text" || typeof part.text !== "string") continue;
      const text = this.finalText(keyAt(i), part.text);
      if (text === undefined) return undefined;
      if (text !== part.text) [part.text, changed] = [text, true];
    }
    return changed;
  }

  private rewriteItem(item: Json, outputIndex: unknown): boolean | undefined {
    return Array.isArray(item.content) ? this.rewriteTexts(item.content, (i) => partKey(item.id, outputIndex, i)) : false;
  }

  private rewriteResponse(response: Json): boolean | undefined {
    let changed = false;
    if (Array.isArray(response.output)) {
      for (const [i, item] of response.output.entries()) {
        if (!isObj(item)) continue;
        const result = this.rewriteItem(item, i);
        if (result === undefined) return undefined;
        changed ||= result;
      }
    }
    if (typeof response.output_text === "string" && response.output_text) {
      const text = this.guardWhole(response.output_text, false);
      if (text === undefined) return undefined;
      if (text !== response.output_text) [response.output_text, changed] = [text, true];
    }
    return changed;
  }
}
