import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anthropicStream, blockSecrets, chatStream, GUARDED_REPLY, guardOptions, parseEvents, payloads, REPLY, REPLY_PIECES, responsesStream, runTransform, SECRET,
} from "./fixtures";
import { createStreamTransform, OUTPUT_TEXT_CAP_BYTES, type StreamingOperation } from "./provider-streams";

const STREAMS: Record<StreamingOperation, (pieces?: readonly string[]) => string> = { chat: chatStream, responses: responsesStream, messages: anthropicStream };
const OPERATIONS = Object.keys(STREAMS) as StreamingOperation[];

type Payload = { type?: string; delta?: string | { text?: string }; choices?: { delta?: { content?: string } }[] };

/** The text deltas a client would concatenate, whatever the API. */
function streamedText(operation: StreamingOperation, out: string): string {
  const parts: string[] = [];
  for (const p of payloads(out) as Payload[]) {
    if (operation === "chat") parts.push(p.choices?.[0]?.delta?.content ?? "");
    else if (operation === "responses" && p.type === "response.output_text.delta" && typeof p.delta === "string") parts.push(p.delta);
    else if (operation === "messages" && p.type === "content_block_delta" && typeof p.delta === "object") parts.push(p.delta.text ?? "");
  }
  return parts.join("");
}

describe.each(OPERATIONS)("%s stream transform", (operation) => {
  const upstream = STREAMS[operation]();
  const whole = runTransform(createStreamTransform(operation, guardOptions()), [upstream]);

  it("redacts a secret and an e-mail split across deltas, and sends nothing of them raw", () => {
    expect(streamedText(operation, whole)).toBe(GUARDED_REPLY);
    for (const raw of [SECRET, "AbCdEf", "GhIjKlMnOp", "QrStUv", "ops@exa", "mple.com"]) expect(whole).not.toContain(raw);
  });

  it("sends the same bytes however the upstream text is chunked", () => {
    for (let i = 0; i <= upstream.length; i++) {
      const j = Math.min(upstream.length, i + 13);
      expect(runTransform(createStreamTransform(operation, guardOptions()), [upstream.slice(0, i), upstream.slice(i)])).toBe(whole);
      expect(runTransform(createStreamTransform(operation, guardOptions()), [upstream.slice(0, i), upstream.slice(i, j), upstream.slice(j)])).toBe(whole);
    }
  });

  it("passes the text through untouched when nothing matches, in as many deltas as it can", () => {
    const pieces = ["Hello", " there", ", all", " good."];
    const out = runTransform(createStreamTransform(operation, guardOptions()), [STREAMS[operation](pieces)]);
    expect(streamedText(operation, out)).toBe(pieces.join(""));
  });

  it("stops at a blocking match: nothing of it is sent, the rest of upstream is ignored", () => {
    const transform = createStreamTransform(operation, blockSecrets());
    const cut = upstream.indexOf("keep it safe");
    const out = transform.push(upstream.slice(0, cut)) + transform.push(upstream.slice(cut));
    expect(out).not.toContain("sk-");
    expect(transform.push(upstream)).toBe("");
    expect(transform.end()).toBe("");
    expect(transform.facts()).toMatchObject({ blocked: { type: "SECRET" }, finishReasons: ["content_filter"] });
    const events = parseEvents(out);
    const last = events[events.length - 1];
    if (operation === "chat") {
      expect(last?.data).toBe("[DONE]");
      expect(payloads(out).at(-2)).toMatchObject({ id: "chatcmpl-1", choices: [{ index: 0, delta: {}, finish_reason: "content_filter" }] });
    } else {
      expect(last?.event).toBe("error");
      expect(JSON.parse(last?.data ?? "")).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("SECRET") } });
    }
  });

  it("never throws on garbage, truncated or mangled upstream text", () => {
    const mangled = fc.tuple(fc.integer({ min: 0, max: upstream.length }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 20 })).map(([at, drop, insert]) => upstream.slice(0, at) + insert + upstream.slice(at + drop));
    const junk = fc.constantFrom(
      'data: {"choices":[null,1,{"index":"x","delta":5},{"delta":{"content":7}},{"index":2,"delta":{"content":"sk-"},"finish_reason":"stop"}]}\n\n',
      'event: response.output_text.done\ndata: {"type":"response.output_text.done","text":null}\n\n',
      'data: {"type":"response.completed","response":{"output":[null,{"content":"x"},{"content":[{"type":"output_text","text":5}]}]}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":{},"delta":{"type":"text_delta","text":"x"}}\n\n',
      'data: {"type":"message_start","message":[]}\n\n', "data: [1,2]\n\ndata: null\n\ndata: \"str\"\n\n", "data: [DONE]\n\n",
    );
    const chunks = fc.array(fc.oneof(mangled, junk, fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })), { maxLength: 8 });
    fc.assert(
      fc.property(chunks, fc.boolean(), (parts, block) => {
        const transform = createStreamTransform(operation, block ? blockSecrets() : guardOptions());
        runTransform(transform, parts);
        transform.facts();
      }),
      { numRuns: 300 },
    );
  });

  it("passes events it does not know through unchanged", () => {
    const unknown = "event: custom\ndata: not json\n\ndata: {\"type\":\"something.new\",\"x\":1}\n\n";
    expect(runTransform(createStreamTransform(operation, guardOptions()), [unknown])).toBe(unknown);
  });

  it("caps the output text it keeps for metering at 64 KiB", () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `${"é".repeat(10)} line ${i} `);
    const transform = createStreamTransform(operation, guardOptions());
    runTransform(transform, [STREAMS[operation](pieces)]);
    const { outputText } = transform.facts();
    expect(Buffer.byteLength(outputText)).toBeLessThanOrEqual(OUTPUT_TEXT_CAP_BYTES);
    expect(Buffer.byteLength(outputText)).toBeGreaterThan(OUTPUT_TEXT_CAP_BYTES - 4);
    expect(pieces.join("").startsWith(outputText)).toBe(true);
  });
});

describe("metering facts", () => {
  const facts = (operation: StreamingOperation) => {
    const transform = createStreamTransform(operation, guardOptions());
    runTransform(transform, [STREAMS[operation]()]);
    return transform.facts();
  };
  const redactions = [{ type: "SECRET", start: 12, end: 12 + SECRET.length }, { type: "EMAIL", start: REPLY.indexOf("ops@"), end: REPLY.indexOf(" if lost") }];

  it("reports the chat completion's id, model, usage chunk and finish reason", () => {
    expect(facts("chat")).toEqual({
      responseId: "chatcmpl-1", responseModel: "gpt-4o-2024-08-06", inputTokens: 12, outputTokens: 20, finishReasons: ["stop"], outputText: GUARDED_REPLY, redactions,
    });
  });

  it("reports the response's id, model, usage and status", () => {
    expect(facts("responses")).toEqual({
      responseId: "resp_1", responseModel: "gpt-4.1-2025-04-14", inputTokens: 11, outputTokens: 21, finishReasons: ["completed"], outputText: GUARDED_REPLY, redactions,
    });
  });

  it("reports the message's id, model, input tokens from message_start and output tokens from message_delta", () => {
    expect(facts("messages")).toEqual({
      responseId: "msg_01", responseModel: "claude-sonnet-4-5-20250929", inputTokens: 13, outputTokens: 22, finishReasons: ["end_turn"], outputText: GUARDED_REPLY, redactions,
    });
  });

  it("keeps the fields a scanner adds to its spans (e.g. the finding) in redactions and blocked", () => {
    const scanWithScore = (text: string) => guardOptions().scan(text).map((s) => ({ ...s, score: 0.9 }));
    const transform = createStreamTransform("messages", guardOptions({ scan: scanWithScore, block: (s) => s.type === "EMAIL" }));
    runTransform(transform, [anthropicStream()]);
    expect(transform.facts()).toMatchObject({ redactions: [{ type: "SECRET", score: 0.9 }], blocked: { type: "EMAIL", score: 0.9 } });
  });
});

describe("provider specifics", () => {
  const chunk = (choices: object[], extra: object = {}) => `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", model: "m", choices, ...extra })}\n\n`;

  it("chat: guards every choice on its own and puts held text in a chunk before the finish chunk", () => {
    const upstream = [
      chunk([{ index: 0, delta: { content: `a ${SECRET.slice(0, 9)}` }, finish_reason: null }, { index: 1, delta: { content: "b ops@ex" }, finish_reason: null }]),
      chunk([{ index: 1, delta: { content: "ample.com" }, finish_reason: null }]),
      chunk([{ index: 0, delta: { content: SECRET.slice(9) }, logprobs: { content: [{ token: SECRET }] }, finish_reason: "length" }]),
      chunk([{ index: 1, delta: {}, finish_reason: "stop" }]),
      "data: [DONE]\n\n",
    ].join("");
    const transform = createStreamTransform("chat", guardOptions());
    const out = runTransform(transform, [upstream]);
    expect(out).not.toContain("sk-");
    const chunks = payloads(out).slice(0, -1) as { choices: { index: number; delta: { content?: string }; finish_reason: string | null; logprobs?: unknown }[] }[];
    const flat = chunks.flatMap((c) => c.choices.map((ch) => `${ch.index}:${ch.delta.content ?? ""}:${ch.finish_reason ?? ""}`));
    expect(flat).toEqual(["0:a [SECRET]:", "0::length", "1:b [EMAIL]:", "1::stop"]);
    expect(chunks[1]?.choices[0]?.logprobs).toBeNull();
    expect(out.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(transform.facts()).toMatchObject({ finishReasons: ["length", "stop"], outputText: "a [SECRET]" });
  });

  it("chat: drops a chunk whose only content is held back, keeps one that carries a role", () => {
    const out = runTransform(createStreamTransform("chat", guardOptions()), [chunk([{ index: 0, delta: { role: "assistant", content: "hi" }, finish_reason: null }]) + chunk([{ index: 0, delta: { content: " there" }, finish_reason: null }])]);
    const chunks = payloads(out) as { choices: { delta: object }[] }[];
    expect(chunks.map((c) => c.choices[0]?.delta)).toEqual([{ role: "assistant", content: "" }, { content: "hi there" }]);
  });

  it("chat: releases held text when upstream ends without [DONE]", () => {
    const out = runTransform(createStreamTransform("chat", guardOptions()), [chunk([{ index: 0, delta: { content: "partial answer" }, finish_reason: null }])]);
    expect(streamedText("chat", out)).toBe("partial answer");
    expect(out).not.toContain("[DONE]");
  });

  it("responses: renumbers events gaplessly after dropping held deltas", () => {
    const out = runTransform(createStreamTransform("responses", guardOptions()), [responsesStream(REPLY.match(/.{1,3}/g) ?? [])]);
    const numbers = (payloads(out) as { sequence_number: number }[]).map((p) => p.sequence_number);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(streamedText("responses", out)).toBe(GUARDED_REPLY);
  });

  it("responses: guards a text that arrives only in the done events, once", () => {
    const upstream = responsesStream(REPLY_PIECES).split("\n\n").filter((e) => !e.includes("output_text.delta")).join("\n\n");
    const transform = createStreamTransform("responses", guardOptions());
    const out = runTransform(transform, [upstream]);
    expect(out).not.toContain(SECRET);
    expect(out.split(GUARDED_REPLY).length - 1).toBe(4);
    expect(transform.facts().outputText).toBe(GUARDED_REPLY);
  });

  it("messages: guards text in content_block_start and passes other block types through", () => {
    const ev = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    const upstream = [
      ev("content_block_start", { index: 0, content_block: { type: "text", text: `key ${SECRET}` } }),
      ev("content_block_stop", { index: 0 }),
      ev("content_block_start", { index: 1, content_block: { type: "tool_use", id: "t", name: "f", input: {} } }),
      ev("content_block_delta", { index: 1, delta: { type: "input_json_delta", partial_json: '{"a":' } }),
      ev("message_delta", { delta: { stop_reason: "tool_use" }, usage: { output_tokens: 5 } }),
    ];
    const out = runTransform(createStreamTransform("messages", guardOptions()), [upstream.join("")]);
    expect(out).not.toContain(SECRET);
    expect(streamedText("messages", out)).toBe("key [SECRET]");
    expect(out).toContain(upstream[3]);
  });
});
