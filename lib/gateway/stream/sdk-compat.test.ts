// What the transforms send is what the real SDKs parse: the stream helpers rebuild the guarded text, and a blocked
// stream ends the way each SDK reports (a content_filter finish for Chat, an APIError for Responses and Messages).
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { anthropicStream, blockSecrets, chatStream, GUARDED_REPLY, guardOptions, responsesStream, runTransform } from "./fixtures";
import { createStreamTransform, type StreamingOperation } from "./provider-streams";
import type { StreamTextGuardOptions } from "./text-guard";

const UPSTREAM: Record<StreamingOperation, () => string> = { chat: chatStream, responses: responsesStream, messages: anthropicStream };

/** A fetch that answers every request with the transformed upstream stream, split into small chunks. */
function gatewayFetch(operation: StreamingOperation, guard: StreamTextGuardOptions) {
  return async () => {
    const upstream = UPSTREAM[operation]();
    const chunks = upstream.match(/[\s\S]{1,7}/g) ?? [];
    const body = runTransform(createStreamTransform(operation, guard), chunks);
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
  };
}

const openai = (operation: StreamingOperation, guard: StreamTextGuardOptions) =>
  new OpenAI({ apiKey: "x", baseURL: "http://gateway.test/v1", maxRetries: 0, fetch: gatewayFetch(operation, guard) });
const anthropic = (guard: StreamTextGuardOptions) =>
  new Anthropic({ apiKey: "x", baseURL: "http://gateway.test", maxRetries: 0, fetch: gatewayFetch("messages", guard) });

describe("the SDKs read the guarded streams", () => {
  it("openai chat.completions.stream rebuilds the guarded message", async () => {
    const stream = openai("chat", guardOptions()).chat.completions.stream({ model: "m", messages: [{ role: "user", content: "hi" }], stream_options: { include_usage: true } });
    const completion = await stream.finalChatCompletion();
    expect(completion.choices[0]?.message.content).toBe(GUARDED_REPLY);
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage?.prompt_tokens).toBe(12);
  });

  it("openai chat ends a blocked stream with finish_reason content_filter", async () => {
    const stream = await openai("chat", blockSecrets()).chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true });
    const finishes: string[] = [];
    let text = "";
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.choices[0]?.finish_reason) finishes.push(chunk.choices[0].finish_reason);
    }
    expect(text).toBe("Your key is ");
    expect(finishes).toEqual(["content_filter"]);
  });

  it("openai responses.stream rebuilds the guarded output text", async () => {
    const stream = openai("responses", guardOptions()).responses.stream({ model: "m", input: "hi" });
    let deltas = "";
    stream.on("response.output_text.delta", (e) => (deltas += e.delta));
    const response = await stream.finalResponse();
    expect(deltas).toBe(GUARDED_REPLY);
    expect(response.output_text).toBe(GUARDED_REPLY);
    expect(response.usage?.output_tokens).toBe(21);
  });

  it("openai responses raises an APIError on a blocked stream", async () => {
    const stream = await openai("responses", blockSecrets()).responses.create({ model: "m", input: "hi", stream: true });
    const consume = async () => {
      for await (const event of stream) void event;
    };
    await expect(consume()).rejects.toBeInstanceOf(OpenAI.APIError);
  });

  it("anthropic messages.stream rebuilds the guarded text", async () => {
    const stream = anthropic(guardOptions()).messages.stream({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "hi" }] });
    const message = await stream.finalMessage();
    expect(message.content).toEqual([{ type: "text", text: GUARDED_REPLY }]);
    expect(message.usage.output_tokens).toBe(22);
  });

  it("anthropic raises an APIError on a blocked stream", async () => {
    const stream = anthropic(blockSecrets()).messages.stream({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "hi" }] });
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(Anthropic.APIError);
  });
});
