// Response bodies for the LLM upstream stub (llm-upstream-stub.ts), in the shapes OpenAI and Anthropic document:
// Chat Completions, Responses and Embeddings objects, an Anthropic Message, and the SSE event sequences of their
// streaming variants. Hot paths build strings directly so a benchmark-rate stub allocates little.

export type Json = Record<string, unknown>;
/** One answered request: `seq` makes the ids (chatcmpl-stub<seq>, resp_stub<seq>, msg_stub<seq>). */
export type Turn = { seq: string; created: number; model: string; reply: string; inputTokens: number; outputTokens: number };

const data = (json: string) => `data: ${json}\n\n`;
const event = (type: string, json: string) => `event: ${type}\ndata: ${json}\n\n`;
const str = JSON.stringify;

/** Splits text into pieces of `size` UTF-16 units, never between the two halves of a surrogate pair. */
export function splitText(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    pieces.push(text.slice(i, end));
    i = end;
  }
  return pieces;
}

// ---- OpenAI Chat Completions

function chatUsage(t: Turn) {
  return {
    prompt_tokens: t.inputTokens, completion_tokens: t.outputTokens, total_tokens: t.inputTokens + t.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

export function chatCompletion(t: Turn) {
  return {
    id: `chatcmpl-stub${t.seq}`, object: "chat.completion", created: t.created, model: t.model,
    choices: [{ index: 0, message: { role: "assistant", content: t.reply, refusal: null, annotations: [] }, logprobs: null, finish_reason: "stop" }],
    usage: chatUsage(t), service_tier: "default", system_fingerprint: null,
  };
}

/** `chat.completion.chunk` events: a role chunk, one per piece, a finish chunk, the usage chunk if asked, `[DONE]`. */
export function chatCompletionChunks(t: Turn, pieces: string[], includeUsage: boolean): string[] {
  const head = `{"id":"chatcmpl-stub${t.seq}","object":"chat.completion.chunk","created":${t.created},"model":${str(t.model)},"service_tier":"default","system_fingerprint":null,"choices":`;
  const tail = includeUsage ? `,"usage":null}` : "}";
  const choice = (delta: string, finish: string) => data(`${head}[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":${finish}}]${tail}`);
  const out = [choice(`{"role":"assistant","content":"","refusal":null}`, "null")];
  for (const piece of pieces) out.push(choice(`{"content":${str(piece)}}`, "null"));
  out.push(choice("{}", `"stop"`));
  if (includeUsage) out.push(data(`${head}[],"usage":${str(chatUsage(t))}}`));
  out.push("data: [DONE]\n\n");
  return out;
}

// ---- OpenAI Responses

const outputText = (text: string) => ({ type: "output_text", annotations: [], logprobs: [], text });
const messageItem = (t: Turn, done: boolean) => ({
  id: `msg_stub${t.seq}`, type: "message", status: done ? "completed" : "in_progress", content: done ? [outputText(t.reply)] : [], role: "assistant",
});

export function responseObject(t: Turn, body: Json, done: boolean) {
  const usage = { input_tokens: t.inputTokens, input_tokens_details: { cached_tokens: 0 }, output_tokens: t.outputTokens, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: t.inputTokens + t.outputTokens };
  return {
    id: `resp_stub${t.seq}`, object: "response", created_at: t.created, status: done ? "completed" : "in_progress", background: false, error: null,
    incomplete_details: null, instructions: body.instructions ?? null, max_output_tokens: body.max_output_tokens ?? null, model: t.model,
    output: done ? [messageItem(t, true)] : [], parallel_tool_calls: true, previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: null, summary: null }, store: body.store ?? true, temperature: body.temperature ?? 1, text: { format: { type: "text" } },
    tool_choice: "auto", tools: [], top_p: body.top_p ?? 1, truncation: "disabled", usage: done ? usage : null, user: null, metadata: body.metadata ?? {},
  };
}

/** The Responses streaming sequence, each event with its `type` and a running `sequence_number`. */
export function responseEvents(t: Turn, body: Json, pieces: string[]): string[] {
  let n = 0;
  const e = (type: string, fields: string) => event(type, `{"type":"${type}","sequence_number":${n++},${fields}}`);
  const at = `"item_id":"msg_stub${t.seq}","output_index":0,"content_index":0`;
  const inProgress = str(responseObject(t, body, false));
  const out = [
    e("response.created", `"response":${inProgress}`),
    e("response.in_progress", `"response":${inProgress}`),
    e("response.output_item.added", `"output_index":0,"item":${str(messageItem(t, false))}`),
    e("response.content_part.added", `${at},"part":${str(outputText(""))}`),
  ];
  for (const piece of pieces) out.push(e("response.output_text.delta", `${at},"delta":${str(piece)},"logprobs":[]`));
  out.push(
    e("response.output_text.done", `${at},"text":${str(t.reply)},"logprobs":[]`),
    e("response.content_part.done", `${at},"part":${str(outputText(t.reply))}`),
    e("response.output_item.done", `"output_index":0,"item":${str(messageItem(t, true))}`),
    e("response.completed", `"response":${str(responseObject(t, body, true))}`),
  );
  return out;
}

// ---- OpenAI Embeddings

/** A deterministic vector in [-1, 1) per text (FNV-1a seed, xorshift-multiply steps), float32 like the API's. */
function vector(text: string, dims: number): Float32Array {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  const v = new Float32Array(dims);
  for (let i = 0; i < dims; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ i;
    v[i] = ((h >>> 8) / 0x1000000) * 2 - 1;
  }
  return v;
}

/** `encoding_format: "base64"` (the OpenAI SDK's default) is little-endian float32 bytes, as the API sends it. */
export function embeddingList(model: string, texts: string[], dims: number, base64: boolean, promptTokens: number) {
  const data = texts.map((text, index) => {
    const v = vector(text, dims);
    return { object: "embedding", index, embedding: base64 ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") : Array.from(v) };
  });
  return { object: "list", data, model, usage: { prompt_tokens: promptTokens, total_tokens: promptTokens } };
}

// ---- Anthropic Messages

export function anthropicMessage(t: Turn) {
  return {
    id: `msg_stub${t.seq}`, type: "message", role: "assistant", model: t.model, content: [{ type: "text", text: t.reply }],
    stop_reason: "end_turn", stop_sequence: null, stop_details: null, container: null,
    usage: { input_tokens: t.inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: t.outputTokens, service_tier: "standard" },
  };
}

/** message_start, content_block_start, ping, content_block_delta per piece, content_block_stop, message_delta, message_stop. */
export function anthropicEvents(t: Turn, pieces: string[]): string[] {
  const start = { ...anthropicMessage(t), content: [], stop_reason: null };
  start.usage.output_tokens = 1; // the API reports a running count at message_start
  const out = [
    event("message_start", `{"type":"message_start","message":${str(start)}}`),
    event("content_block_start", `{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}`),
    event("ping", `{"type": "ping"}`),
  ];
  for (const piece of pieces) out.push(event("content_block_delta", `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":${str(piece)}}}`));
  out.push(
    event("content_block_stop", `{"type":"content_block_stop","index":0}`),
    event("message_delta", `{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null,"stop_details":null},"usage":{"output_tokens":${t.outputTokens}}}`),
    event("message_stop", `{"type":"message_stop"}`),
  );
  return out;
}
