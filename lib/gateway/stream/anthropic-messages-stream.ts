// Anthropic Messages streaming through the guard (pure): each text content block's text_delta events run through
// its own StreamTextGuard, and what it still holds goes out as one more delta before content_block_stop.
import { serializeSse, type SseEvent } from "./sse";
import { blockedMessage, isObj, jsonEvent, parseJson, SseStreamTransform } from "./stream-transform";
import type { GuardSpan, StreamTextGuard } from "./text-guard";

const blockIndex = (v: unknown) => (Number.isSafeInteger(v) ? (v as number) : 0);

export class AnthropicMessagesStreamTransform extends SseStreamTransform {
  private readonly blocks = new Map<number, StreamTextGuard>();

  protected onEvent(e: SseEvent): string {
    const ev = parseJson(e.data);
    if (!isObj(ev)) return serializeSse(e);
    const type = typeof ev.type === "string" ? ev.type : e.event;

    switch (type) {
      case "message_start": {
        const message = isObj(ev.message) ? ev.message : {};
        const usage = isObj(message.usage) ? message.usage : {};
        this.recordResponse({ responseId: message.id, responseModel: message.model, inputTokens: usage.input_tokens, outputTokens: usage.output_tokens });
        return serializeSse(e);
      }
      case "content_block_start": {
        const block = ev.content_block;
        if (!isObj(block) || block.type !== "text") return serializeSse(e);
        const guard = this.guardFor(blockIndex(ev.index));
        if (typeof block.text !== "string" || !block.text) return serializeSse(e);
        const text = this.take(guard.push(block.text));
        if (text === undefined) return this.blockedOutput();
        block.text = text;
        return serializeSse({ ...e, data: JSON.stringify(ev) });
      }
      case "content_block_delta": {
        const delta = ev.delta;
        if (!isObj(delta) || delta.type !== "text_delta" || typeof delta.text !== "string") return serializeSse(e);
        const text = this.take(this.guardFor(blockIndex(ev.index)).push(delta.text));
        if (text === undefined) return this.blockedOutput();
        if (text === "") return "";
        delta.text = text;
        return serializeSse({ ...e, data: JSON.stringify(ev) });
      }
      case "content_block_stop": {
        const rest = this.flush(blockIndex(ev.index));
        return this.stopped ? rest : rest + serializeSse(e);
      }
      case "message_delta": {
        const rest = this.flushAll();
        if (this.stopped) return rest;
        const usage = isObj(ev.usage) ? ev.usage : {};
        this.recordResponse({ inputTokens: usage.input_tokens, outputTokens: usage.output_tokens });
        if (isObj(ev.delta) && ev.delta.stop_reason != null) this.finishReason(ev.delta.stop_reason);
        return rest + serializeSse(e);
      }
      case "message_stop": {
        const rest = this.flushAll();
        return this.stopped ? rest : rest + serializeSse(e);
      }
      default:
        return serializeSse(e);
    }
  }

  protected onEnd(): string {
    return this.flushAll();
  }

  protected blockedEvents(span: GuardSpan): string {
    return jsonEvent({ type: "error", error: { type: "invalid_request_error", message: blockedMessage(span) } }, "error");
  }

  private guardFor(index: number): StreamTextGuard {
    let guard = this.blocks.get(index);
    if (!guard) {
      guard = this.newGuard();
      this.blocks.set(index, guard);
    }
    return guard;
  }

  /** A text_delta with what the block's guard still holds, if anything. */
  private flush(index: number): string {
    const guard = this.blocks.get(index);
    if (!guard || guard.done) return "";
    const rest = this.take(guard.end());
    if (rest === undefined) return this.blockedOutput();
    return rest ? jsonEvent({ type: "content_block_delta", index, delta: { type: "text_delta", text: rest } }, "content_block_delta") : "";
  }

  private flushAll(): string {
    let out = "";
    for (const index of this.blocks.keys()) {
      out += this.flush(index);
      if (this.stopped) break;
    }
    return out;
  }
}
