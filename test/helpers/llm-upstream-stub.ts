// A loopback stand-in for the model providers an AI gateway forwards to: OpenAI (POST /v1/chat/completions,
// /v1/responses, /v1/embeddings; `Authorization: Bearer`) and Anthropic (POST /v1/messages; `x-api-key`, or
// `Authorization: Bearer` as @anthropic-ai/sdk 1.x sends an API key, and `anthropic-version` required). It answers in the providers' documented shapes, streaming included, so the real SDKs parse
// it (test/helpers/llm-upstream-stub.test.ts proves that), and records every request it receives.
//
// The "model": it replies `Echo: <last user message text>`, unless that text contains `REPLY_WITH:<text>` (the reply
// is exactly the rest of the message, verbatim) or `REPLY_WITH_B64:<base64>` (the decoded UTF-8; lets a test make
// the model emit a secret that never appears in the request, e.g. when the gateway redacts input). Streams split
// the reply into pieces of `chunkChars` (default 4) characters, so a secret straddles several deltas.
// Usage is deterministic: input tokens = ceil(chars of all input text / 4), output tokens = ceil(reply chars / 4).
// Model `stub-error-500` gets a provider-shaped 500, `stub-error-429` a 429 with `retry-after: 1`.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  anthropicEvents, anthropicMessage, chatCompletion, chatCompletionChunks, embeddingList, responseEvents, responseObject, splitText,
  type Json, type Turn,
} from "./llm-upstream-stub-shapes";

export type RecordedRequest = {
  method: string;
  /** Path without the query string, e.g. "/v1/messages". */
  path: string;
  /** As Node gives them: names lowercased. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; null when it was not a JSON object. */
  body: Json | null;
  /** The last user message's text as the stub read it (what the "model" answered). */
  userText: string;
};

export type LlmUpstreamStubOptions = {
  /** Delay before answering; for a stream, before the first byte only. Default 0. */
  delayMs?: number;
  /** Accept only this API key (Bearer token, or x-api-key on /v1/messages); by default any non-empty key passes. */
  expectKey?: string;
  /** Characters per streamed text delta. Default 4. */
  chunkChars?: number;
  /** Pause between streamed events (0, the default, sends the whole stream in one write). */
  chunkDelayMs?: number;
  /** Record requests (default true); a long benchmark can turn it off. */
  record?: boolean;
};

export type LlmUpstreamStub = {
  /** http://127.0.0.1:PORT — OpenAI SDKs take `${url}/v1` as baseURL, Anthropic's take `url`. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  setDelay(ms: number): void;
};

type Kind = "chat" | "responses" | "embeddings" | "messages";
const ROUTES: Record<string, Kind | undefined> = { "/v1/chat/completions": "chat", "/v1/responses": "responses", "/v1/embeddings": "embeddings", "/v1/messages": "messages" };
const EMPTY = Buffer.alloc(0);

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const tokens = (chars: number) => Math.ceil(chars / 4);
const ignore = () => {};
const openaiError = (message: string, type: string, code: string | null = null, param: string | null = null) => ({ error: { message, type, param, code } });
const anthropicError = (type: string, message: string, seq: string) => ({ type: "error", error: { type, message }, request_id: `req_stub${seq}` });

/** Text of a message content: a string, or the `text` of each part (text, input_text, output_text) joined by "\n". */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content) if (isObject(part) && typeof part.text === "string") text = text ? `${text}\n${part.text}` : part.text;
  return text;
}

/** Reads Chat `messages`, Responses `input`/`instructions` and Anthropic `messages`/`system` alike. */
function readConversation(body: Json): { userText: string; inputChars: number } {
  let inputChars = contentText(body.system).length + contentText(body.instructions).length;
  let userText = "";
  const turns = body.messages ?? body.input;
  if (typeof turns === "string") {
    userText = turns;
    inputChars += turns.length;
  } else if (Array.isArray(turns)) {
    for (const turn of turns) {
      if (!isObject(turn)) continue;
      const text = contentText(turn.content);
      inputChars += text.length;
      if (turn.role === "user") userText = text;
    }
  }
  return { userText, inputChars };
}

function replyFor(userText: string): string {
  const b64 = userText.indexOf("REPLY_WITH_B64:");
  if (b64 >= 0) return Buffer.from(userText.slice(b64 + 15), "base64").toString("utf8");
  const at = userText.indexOf("REPLY_WITH:");
  return at >= 0 ? userText.slice(at + 11) : `Echo: ${userText}`;
}

export async function startLlmUpstreamStub(options: LlmUpstreamStubOptions = {}): Promise<LlmUpstreamStub> {
  const { expectKey, chunkChars = 4, chunkDelayMs = 0, record = true } = options;
  let delayMs = options.delayMs ?? 0;
  let counter = 0;
  const requests: RecordedRequest[] = [];

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer) {
    const seq = (++counter).toString().padStart(6, "0");
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const kind = req.method === "POST" ? ROUTES[path] : undefined;
    const anthropic = path.startsWith("/v1/messages");
    const idHeader = anthropic ? "request-id" : "x-request-id";

    const later = (write: () => void) => {
      const go = () => { if (!req.socket.destroyed) write(); };
      if (delayMs > 0) setTimeout(go, delayMs);
      else go();
    };
    const sendJson = (status: number, payload: unknown, headers?: Record<string, string>) => later(() => {
      const text = JSON.stringify(payload);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), [idHeader]: `req_stub${seq}`, ...headers });
      res.end(text);
    });
    const fail = (status: number, openai: Json, anthropicBody: Json, headers?: Record<string, string>) => sendJson(status, anthropic ? anthropicBody : openai, headers);
    const invalid = (message: string, param: string | null = null, code: string | null = null) =>
      fail(400, openaiError(message, "invalid_request_error", code, param), anthropicError("invalid_request_error", message, seq));
    const stream = (events: string[]) => later(() => {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", [idHeader]: `req_stub${seq}` });
      if (chunkDelayMs <= 0) return void res.end(events.join(""));
      let i = 0;
      const next = () => {
        if (req.socket.destroyed) return;
        if (i === events.length) return void res.end();
        res.write(events[i++]);
        setTimeout(next, chunkDelayMs);
      };
      next();
    });

    let body: Json | null = null;
    try {
      const parsed: unknown = raw.length ? JSON.parse(raw.toString("utf8")) : null;
      if (isObject(parsed)) body = parsed;
    } catch { /* answered below as the providers do */ }
    const conversation = body ? readConversation(body) : { userText: "", inputChars: 0 };
    if (record) requests.push({ method: req.method ?? "", path, headers: req.headers, body, userText: conversation.userText });

    if (!kind) return fail(404, openaiError(`Invalid URL (${req.method} ${path})`, "invalid_request_error"), anthropicError("not_found_error", "Not Found", seq));
    const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    const key = anthropic ? (req.headers["x-api-key"] ?? bearer) : bearer;
    if (typeof key !== "string" || !key || (expectKey !== undefined && key !== expectKey)) {
      const message = key ? "Incorrect API key provided." : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
      return fail(401, openaiError(message, "invalid_request_error", "invalid_api_key"), anthropicError("authentication_error", "invalid x-api-key", seq));
    }
    if (anthropic && !req.headers["anthropic-version"]) return invalid("anthropic-version: header is required");
    if (!body) return invalid(anthropic ? "There was an error parsing the body of your request." : "We could not parse the JSON body of your request.");
    const model = body.model;
    if (typeof model !== "string" || !model) return invalid(anthropic ? "model: Field required" : "you must provide a model parameter");
    if (model === "stub-error-500") {
      const message = "The server had an error while processing your request. Sorry about that!";
      return fail(500, openaiError(message, "server_error"), anthropicError("api_error", "Internal server error", seq));
    }
    if (model === "stub-error-429") {
      const message = `Rate limit reached for ${model}. Please try again in 1s.`;
      return fail(429, openaiError(message, "requests", "rate_limit_exceeded"), anthropicError("rate_limit_error", message, seq), { "retry-after": "1" });
    }

    if (kind === "embeddings") {
      const input = body.input;
      if (input === undefined || input === null) return invalid("Missing required parameter: 'input'.", "input", "missing_required_parameter");
      const texts = (Array.isArray(input) ? input : [input]).map((item) => (typeof item === "string" ? item : JSON.stringify(item)));
      const dims = typeof body.dimensions === "number" && body.dimensions > 0 ? Math.min(body.dimensions, 4096) : 8;
      const chars = texts.reduce((sum, text) => sum + text.length, 0);
      return sendJson(200, embeddingList(model, texts, dims, body.encoding_format === "base64", tokens(chars)));
    }
    if (kind === "chat" && !Array.isArray(body.messages)) return invalid("Missing required parameter: 'messages'.", "messages", "missing_required_parameter");
    if (kind === "messages") {
      if (!Array.isArray(body.messages)) return invalid("messages: Field required");
      if (typeof body.max_tokens !== "number") return invalid("max_tokens: Field required");
    }

    const reply = replyFor(conversation.userText);
    const turn: Turn = { seq, created: Math.floor(Date.now() / 1000), model, reply, inputTokens: tokens(conversation.inputChars), outputTokens: tokens(reply.length) };
    if (body.stream !== true) {
      if (kind === "chat") return sendJson(200, chatCompletion(turn));
      if (kind === "responses") return sendJson(200, responseObject(turn, body, true));
      return sendJson(200, anthropicMessage(turn));
    }
    const pieces = splitText(reply, chunkChars);
    if (kind === "chat") {
      const streamOptions = body.stream_options;
      return stream(chatCompletionChunks(turn, pieces, isObject(streamOptions) && streamOptions.include_usage === true));
    }
    if (kind === "responses") return stream(responseEvents(turn, body, pieces));
    return stream(anthropicEvents(turn, pieces));
  }

  const server = createServer({ keepAlive: true, noDelay: true }, (req, res) => {
    let first: Buffer | undefined;
    let rest: Buffer[] | undefined;
    req.on("error", ignore); // a client that hangs up mid-body must not crash the test process
    req.on("data", (chunk: Buffer) => {
      if (!first) first = chunk;
      else (rest ??= [first]).push(chunk);
    });
    req.on("end", () => handle(req, res, rest ? Buffer.concat(rest) : (first ?? EMPTY)));
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setDelay: (ms) => { delayMs = ms; },
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}
