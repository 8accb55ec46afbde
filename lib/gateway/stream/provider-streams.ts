// Streamed responses through the output guard, per provider API (pure): upstream SSE text in, the SSE text to send
// downstream out, with text deltas rewritten by a StreamTextGuard and the metering facts collected on the way.
import { AnthropicMessagesStreamTransform } from "./anthropic-messages-stream";
import { OpenAiChatStreamTransform } from "./openai-chat-stream";
import { OpenAiResponsesStreamTransform } from "./openai-responses-stream";
import type { StreamTransform } from "./stream-transform";
import type { StreamTextGuardOptions } from "./text-guard";

export { AnthropicMessagesStreamTransform, OpenAiChatStreamTransform, OpenAiResponsesStreamTransform };
export { OUTPUT_TEXT_CAP_BYTES, type StreamFacts, type StreamTransform } from "./stream-transform";

/** The streaming endpoints: OpenAI Chat Completions, OpenAI Responses, Anthropic Messages. */
export type StreamingOperation = "chat" | "responses" | "messages";

export function createStreamTransform(operation: StreamingOperation, guard: StreamTextGuardOptions): StreamTransform {
  switch (operation) {
    case "chat":
      return new OpenAiChatStreamTransform(guard);
    case "responses":
      return new OpenAiResponsesStreamTransform(guard);
    case "messages":
      return new AnthropicMessagesStreamTransform(guard);
  }
}
