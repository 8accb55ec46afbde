// OpenAI Chat Completions streaming through the guard (pure): `data: {chat.completion.chunk}` events, then
// `data: [DONE]`. Each choice's `delta.content` runs through its own StreamTextGuard.
import { serializeSse, type SseEvent } from "./sse";
import { isObj, jsonEvent, parseJson, SseStreamTransform, type Json } from "./stream-transform";
import type { GuardSpan, StreamTextGuard } from "./text-guard";

const DONE = "[DONE]";
const ENVELOPE_KEYS = ["id", "object", "created", "model", "system_fingerprint", "service_tier"] as const;

/** A choice whose only payload was its content: once the guard holds that back, it says nothing. */
const carriesOnlyContent = (choice: Json, delta: Json) =>
  choice.finish_reason == null && Object.entries(delta).every(([key, value]) => key === "content" || value == null);

export class OpenAiChatStreamTransform extends SseStreamTransform {
  private readonly guards = new Map<number, StreamTextGuard>();
  /** Choices that reported a finish_reason. */
  private readonly finished = new Set<number>();
  /** The id/model/created of the latest chunk, for the chunks the gateway adds. */
  private envelope: Json = { object: "chat.completion.chunk" };

  protected onEvent(e: SseEvent): string {
    if (e.data.trim() === DONE) {
      const rest = this.flushAll();
      return this.stopped ? rest : rest + serializeSse(e);
    }
    const chunk = parseJson(e.data);
    if (!isObj(chunk)) return serializeSse(e);
    this.record(chunk);
    if (!Array.isArray(chunk.choices)) return serializeSse(e);

    let changed = false;
    const kept: unknown[] = [];
    const flushed: Json[] = [];
    for (const choice of chunk.choices) {
      if (!isObj(choice)) {
        kept.push(choice);
        continue;
      }
      const index = Number.isSafeInteger(choice.index) ? (choice.index as number) : 0;
      const delta = isObj(choice.delta) ? choice.delta : undefined;
      let text: string | undefined;
      if (delta && typeof delta.content === "string") {
        text = this.take(this.guardFor(index).push(delta.content), index === 0);
        if (text === undefined) return this.blockedOutput();
        changed = true;
      }
      if (choice.finish_reason != null) {
        const guard = this.guards.get(index);
        if (guard && !guard.done) {
          const rest = this.take(guard.end(), index === 0);
          if (rest === undefined) return this.blockedOutput();
          text = (text ?? "") + rest;
          changed = true;
        }
        this.finishReason(choice.finish_reason);
        this.finished.add(index);
        // The content still held goes out in a chunk of its own, before the one that finishes the choice.
        if (text) flushed.push({ index, delta: delta?.role ? { role: delta.role, content: text } : { content: text }, finish_reason: null });
        if (delta && text !== undefined) delete delta.content;
      } else if (delta && text !== undefined) {
        if (text === "" && carriesOnlyContent(choice, delta)) continue;
        delta.content = text;
      }
      // Token logprobs spell out the raw text the guard rewrote.
      if (text !== undefined && choice.logprobs != null) choice.logprobs = null;
      kept.push(choice);
    }
    if (!changed) return serializeSse(e);

    let out = flushed.length > 0 ? jsonEvent({ ...this.envelope, choices: flushed }) : "";
    if (kept.length > 0 || isObj(chunk.usage)) {
      chunk.choices = kept;
      out += serializeSse({ ...e, data: JSON.stringify(chunk) });
    }
    return out;
  }

  protected onEnd(): string {
    return this.flushAll();
  }

  protected blockedEvents(_span: GuardSpan): string {
    const open = [...new Set([0, ...this.guards.keys()])].filter((i) => !this.finished.has(i)).sort((a, b) => a - b);
    const choices = open.map((index) => ({ index, delta: {}, finish_reason: "content_filter" }));
    return jsonEvent({ ...this.envelope, choices }) + serializeSse({ data: DONE });
  }

  private guardFor(index: number): StreamTextGuard {
    let guard = this.guards.get(index);
    if (!guard) {
      guard = this.newGuard();
      this.guards.set(index, guard);
    }
    return guard;
  }

  /** Releases every guard's held text in one chunk (upstream ended without finishing a choice). */
  private flushAll(): string {
    const choices: Json[] = [];
    for (const [index, guard] of [...this.guards].sort(([a], [b]) => a - b)) {
      if (guard.done) continue;
      const rest = this.take(guard.end(), index === 0);
      if (rest === undefined) return this.blockedOutput();
      if (rest) choices.push({ index, delta: { content: rest }, finish_reason: null });
    }
    return choices.length > 0 ? jsonEvent({ ...this.envelope, choices }) : "";
  }

  private record(chunk: Json): void {
    const usage = isObj(chunk.usage) ? chunk.usage : {};
    this.recordResponse({ responseId: chunk.id, responseModel: chunk.model, inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens });
    const envelope: Json = {};
    for (const key of ENVELOPE_KEYS) if (chunk[key] !== undefined) envelope[key] = chunk[key];
    if (Object.keys(envelope).length > 0) this.envelope = { ...envelope, object: envelope.object ?? "chat.completion.chunk" };
  }
}
