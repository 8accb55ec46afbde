import { describe, expect, it } from "vitest";
import { estimateTokens, gatewayError, requestedMaxOutput, requestTexts, responseFacts, rewriteRequestTexts, rewriteResponseTexts } from "./wire";

describe("gateway wire formats", () => {
  it("finds and rewrites every text slot of each request shape, and nothing else", () => {
    const chat = { model: "m", messages: [{ role: "system", content: "sys" }, { role: "user", content: [{ type: "text", text: "a" }, { type: "image_url", image_url: { url: "u" } }] }] };
    rewriteRequestTexts("chat", chat, (t) => t.toUpperCase());
    expect(chat.messages[0]!.content).toBe("SYS");
    expect(chat.messages[1]!.content).toEqual([{ type: "text", text: "A" }, { type: "image_url", image_url: { url: "u" } }]);
    expect(chat.model).toBe("m");
    expect(requestTexts("responses", { instructions: "be brief", input: [{ role: "user", content: [{ type: "input_text", text: "hi" }] }] })).toEqual(["be brief", "hi"]);
    expect(requestTexts("responses", { input: "plain" })).toEqual(["plain"]);
    expect(requestTexts("embeddings", { input: ["x", "y"] })).toEqual(["x", "y"]);
    expect(requestTexts("messages", { system: [{ type: "text", text: "s" }], messages: [{ role: "user", content: "u" }] })).toEqual(["s", "u"]);
    expect(requestTexts("chat", { messages: "not a list" })).toEqual([]);
  });

  it("rewrites answers and reads their usage", () => {
    const answer = { id: "c1", model: "gpt", choices: [{ index: 0, message: { content: "x" }, finish_reason: "stop" }], usage: { prompt_tokens: 3, completion_tokens: 4 } };
    rewriteResponseTexts("chat", answer, () => "y");
    expect(answer.choices[0]!.message.content).toBe("y");
    expect(responseFacts("chat", answer)).toEqual({ responseId: "c1", responseModel: "gpt", inputTokens: 3, outputTokens: 4, finishReasons: ["stop"] });
    expect(responseFacts("messages", { id: "m", model: "c", stop_reason: "end_turn", usage: { input_tokens: 5, output_tokens: 6 } })).toMatchObject({ inputTokens: 5, outputTokens: 6, finishReasons: ["end_turn"] });
    expect(requestedMaxOutput({ max_tokens: 10 })).toBe(10);
    expect(requestedMaxOutput({ max_completion_tokens: 0 })).toBeNull();
    expect(estimateTokens(["abcd", "efgh1"])).toBe(3);
  });

  it("refuses in the provider's own error shape", async () => {
    const openai = gatewayError("openai", "budget", "over", 60);
    expect(openai.status).toBe(429);
    expect(openai.headers.get("retry-after")).toBe("60");
    expect(await openai.json()).toEqual({ error: { message: "over", type: "insufficient_quota", param: null, code: "budget_exceeded" } });
    const anthropic = gatewayError("anthropic", "forbidden", "no");
    expect(anthropic.status).toBe(403);
    expect(await anthropic.json()).toEqual({ type: "error", error: { type: "permission_error", message: "no" } });
  });
});
