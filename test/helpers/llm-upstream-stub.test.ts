// The LLM upstream stub answers like the providers: the real OpenAI and Anthropic SDKs, pointed at it, parse every
// endpoint it serves (plain and streamed), raise their own error classes on its errors, and it records what it got.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLlmUpstreamStub, type LlmUpstreamStub } from "./llm-upstream-stub";

const SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

describe("LLM upstream stub with the real SDKs", () => {
  let stub: LlmUpstreamStub;
  let openai: OpenAI;
  let anthropic: Anthropic;

  beforeAll(async () => {
    stub = await startLlmUpstreamStub();
    openai = new OpenAI({ apiKey: "x", baseURL: `${stub.url}/v1`, maxRetries: 0 });
    anthropic = new Anthropic({ apiKey: "x", baseURL: stub.url, maxRetries: 0 });
  });
  afterAll(() => stub.close());

  it("answers a chat completion with an echo and deterministic usage", async () => {
    const completion = await openai.chat.completions.create({
      model: "gpt-test",
      messages: [{ role: "system", content: "be nice" }, { role: "user", content: "hello there" }],
    });
    expect(completion).toMatchObject({ object: "chat.completion", model: "gpt-test" });
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.choices).toEqual([
      { index: 0, message: { role: "assistant", content: "Echo: hello there", refusal: null, annotations: [] }, logprobs: null, finish_reason: "stop" },
    ]);
    // input: "be nice" + "hello there" = 18 chars -> 5 tokens; reply 17 chars -> 5 tokens
    expect(completion.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 });
  });

  it("streams a chat completion in small deltas, a secret straddling them, with a usage chunk", async () => {
    const stream = await openai.chat.completions.create({
      model: "gpt-test", stream: true, stream_options: { include_usage: true },
      messages: [{ role: "user", content: [{ type: "text", text: `REPLY_WITH:key ${SECRET} ok` }] }],
    });
    const deltas: string[] = [];
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      const choice = chunk.choices[0];
      if (choice?.delta.content) deltas.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) {
        expect(chunk.choices).toEqual([]);
        usage = chunk.usage;
      }
    }
    expect(deltas.join("")).toBe(`key ${SECRET} ok`);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((d) => d.length <= 4)).toBe(true);
    expect(deltas.some((d) => d.includes("sk-proj"))).toBe(false);
    expect(finish).toBe("stop");
    expect(usage).toMatchObject({ completion_tokens: Math.ceil(`key ${SECRET} ok`.length / 4) });

    const helper = openai.chat.completions.stream({ model: "gpt-test", messages: [{ role: "user", content: "hi" }] });
    const final = await helper.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe("Echo: hi");
  });

  it("answers and streams the Responses API", async () => {
    const response = await openai.responses.create({ model: "gpt-test", instructions: "terse", input: "what is up" });
    expect(response).toMatchObject({ object: "response", status: "completed", output_text: "Echo: what is up" });
    expect(response.id).toMatch(/^resp_/);
    expect(response.output[0]).toMatchObject({ type: "message", role: "assistant", content: [{ type: "output_text", text: "Echo: what is up", annotations: [] }] });
    expect(response.usage).toMatchObject({ input_tokens: 4, output_tokens: 4, total_tokens: 8 });

    const stream = openai.responses.stream({ model: "gpt-test", input: [{ role: "user", content: [{ type: "input_text", text: "REPLY_WITH:mail bob@example.com" }] }] });
    const types: string[] = [];
    const sequence: number[] = [];
    const deltas: string[] = [];
    for await (const event of stream) {
      if (types.at(-1) !== event.type) types.push(event.type);
      sequence.push(event.sequence_number);
      if (event.type === "response.output_text.delta") deltas.push(event.delta);
    }
    expect(types).toEqual([
      "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added", "response.output_text.delta",
      "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed",
    ]);
    expect(sequence).toEqual(sequence.map((_, i) => i));
    expect(deltas.length).toBeGreaterThan(3);
    const final = await stream.finalResponse();
    expect(final.output_text).toBe("mail bob@example.com");
    expect(final.usage).toMatchObject({ output_tokens: 5 });
  });

  it("answers embeddings as floats and as the SDK's default base64", async () => {
    const decoded = await openai.embeddings.create({ model: "text-embedding-test", input: ["alpha", "beta gamma"] });
    const floats = await openai.embeddings.create({ model: "text-embedding-test", input: ["alpha", "beta gamma"], encoding_format: "float" });
    expect(floats).toMatchObject({ object: "list", model: "text-embedding-test", usage: { prompt_tokens: 4, total_tokens: 4 } });
    expect(floats.data.map((d) => [d.object, d.index, d.embedding.length])).toEqual([["embedding", 0, 8], ["embedding", 1, 8]]);
    expect(Array.from(decoded.data[1]!.embedding)).toEqual(floats.data[1]!.embedding);
    expect(floats.data[0]!.embedding).not.toEqual(floats.data[1]!.embedding);
    expect(floats.data[0]!.embedding.every((x) => x >= -1 && x < 1)).toBe(true);
  });

  it("answers an Anthropic message", async () => {
    const message = await anthropic.messages.create({ model: "claude-test", max_tokens: 64, system: "be brief", messages: [{ role: "user", content: "hello" }] });
    expect(message).toMatchObject({ type: "message", role: "assistant", model: "claude-test", content: [{ type: "text", text: "Echo: hello" }], stop_reason: "end_turn", stop_sequence: null });
    expect(message.id).toMatch(/^msg_/);
    expect(message.usage).toMatchObject({ input_tokens: 4, output_tokens: 3 });
  });

  it("streams an Anthropic message that the SDK's MessageStream assembles", async () => {
    const reply = `token ${SECRET}`;
    const stream = anthropic.messages.stream({ model: "claude-test", max_tokens: 64, messages: [{ role: "user", content: [{ type: "text", text: `REPLY_WITH_B64:${Buffer.from(reply).toString("base64")}` }] }] });
    const texts: string[] = [];
    const events: string[] = [];
    stream.on("text", (delta) => texts.push(delta));
    stream.on("streamEvent", (event) => { if (events.at(-1) !== event.type) events.push(event.type); });
    const final = await stream.finalMessage();
    expect(events).toEqual(["message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]);
    expect(texts.join("")).toBe(reply);
    expect(texts.length).toBeGreaterThan(5);
    expect(final).toMatchObject({ content: [{ type: "text", text: reply }], stop_reason: "end_turn", usage: { output_tokens: Math.ceil(reply.length / 4) } });
    expect(stub.requests.at(-1)!.userText).not.toContain(SECRET);
  });

  it("fails in the providers' error shapes, which the SDKs raise as their own errors", async () => {
    const oa500 = await openai.chat.completions.create({ model: "stub-error-500", messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(oa500).toBeInstanceOf(OpenAI.InternalServerError);
    expect(oa500).toMatchObject({ status: 500, type: "server_error" });
    const oa429 = await openai.responses.create({ model: "stub-error-429", input: "x" }).catch((e: unknown) => e);
    expect(oa429).toBeInstanceOf(OpenAI.RateLimitError);
    expect((oa429 as InstanceType<typeof OpenAI.RateLimitError>).headers.get("retry-after")).toBe("1");
    const an500 = await anthropic.messages.create({ model: "stub-error-500", max_tokens: 8, messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(an500).toBeInstanceOf(Anthropic.InternalServerError);
    expect(an500).toMatchObject({ status: 500, error: { type: "error", error: { type: "api_error" } } });

    const strict = await startLlmUpstreamStub({ expectKey: "right-key" });
    try {
      const oa401 = await new OpenAI({ apiKey: "wrong", baseURL: `${strict.url}/v1`, maxRetries: 0 }).embeddings.create({ model: "e", input: "x" }).catch((e: unknown) => e);
      expect(oa401).toBeInstanceOf(OpenAI.AuthenticationError);
      expect(oa401).toMatchObject({ status: 401, code: "invalid_api_key", type: "invalid_request_error", param: null });
      const an401 = await new Anthropic({ apiKey: "wrong", baseURL: strict.url, maxRetries: 0 }).messages.create({ model: "c", max_tokens: 8, messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
      expect(an401).toBeInstanceOf(Anthropic.AuthenticationError);
      expect(an401).toMatchObject({ status: 401, error: { type: "error", error: { type: "authentication_error" } } });
      const ok = await new Anthropic({ apiKey: "right-key", baseURL: strict.url }).messages.create({ model: "c", max_tokens: 8, messages: [{ role: "user", content: "y" }] });
      expect(ok.content).toEqual([{ type: "text", text: "Echo: y" }]);
    } finally {
      await strict.close();
    }
  });

  it("records method, path, lowercased headers and the parsed body of every request", async () => {
    stub.requests.length = 0;
    await openai.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "record me" }] });
    await anthropic.messages.create({ model: "claude-test", max_tokens: 8, messages: [{ role: "user", content: "me too" }] });
    const [chat, message] = stub.requests;
    expect(chat).toMatchObject({ method: "POST", path: "/v1/chat/completions", userText: "record me", body: { model: "gpt-test", messages: [{ role: "user", content: "record me" }] } });
    expect(chat!.headers.authorization).toBe("Bearer x");
    expect(message).toMatchObject({ method: "POST", path: "/v1/messages", userText: "me too", body: { model: "claude-test", max_tokens: 8 } });
    // @anthropic-ai/sdk 1.x (API version 2026-10-21) sends the API key as a Bearer token, 0.x sent x-api-key.
    expect(message!.headers.authorization).toBe("Bearer x");
    expect(message!.headers["anthropic-version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("takes x-api-key on /v1/messages, wants anthropic-version, and answers unknown paths with a 404", async () => {
    const post = (path: string, headers: Record<string, string>, body: unknown) =>
      fetch(`${stub.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const body = { model: "claude-test", max_tokens: 8, messages: [{ role: "user", content: "raw" }] };
    const ok = await post("/v1/messages", { "x-api-key": "k", "anthropic-version": "2023-06-01" }, body);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("request-id")).toMatch(/^req_/);
    expect(await ok.json()).toMatchObject({ type: "message", content: [{ type: "text", text: "Echo: raw" }] });
    const noVersion = await post("/v1/messages", { "x-api-key": "k" }, body);
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    const noMaxTokens = await post("/v1/messages", { "x-api-key": "k", "anthropic-version": "2023-06-01" }, { ...body, max_tokens: undefined });
    expect(noMaxTokens.status).toBe(400);
    const unknown = await post("/v1/completions", { authorization: "Bearer k" }, {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { message: "Invalid URL (POST /v1/completions)", type: "invalid_request_error", param: null, code: null } });
  });

  it("delays answers by delayMs, and streams piece by piece with chunkDelayMs", async () => {
    stub.setDelay(80);
    try {
      const started = performance.now();
      await openai.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "slow" }] });
      expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    } finally {
      stub.setDelay(0);
    }
    const paced = await startLlmUpstreamStub({ chunkDelayMs: 5 });
    try {
      const client = new OpenAI({ apiKey: "x", baseURL: `${paced.url}/v1` });
      const stream = await client.chat.completions.create({ model: "m", stream: true, messages: [{ role: "user", content: "REPLY_WITH:paced reply" }] });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
      expect(text).toBe("paced reply");
    } finally {
      await paced.close();
    }
  });
});
