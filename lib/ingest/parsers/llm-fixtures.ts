// Test fixtures for the LLM parsers: small hand-written records in each source's format, with fake ids and
// texts (not copied from any corpus). Imported by the *.test.ts files only.
import type { JsonObject, JsonValue, LlmEvent, NormalizedEvent, ParseOutcome } from "../types";

/** Records typed as JSON objects (keys kept, values checked against JsonObject). */
const group = <K extends string>(records: Record<K, JsonObject>) => records;

const sse = (events: JsonObject[], named = false) =>
  events.map((e) => `${named ? `event: ${String(e.type)}\n` : ""}data: ${JSON.stringify(e)}\n\n`).join("") + (named ? "" : "data: [DONE]\n\n");

export const openai = group({
  chatExchange: {
    request: {
      method: "POST",
      uri: "https://api.openai.com/v1/chat/completions",
      headers: { "User-Agent": ["OpenAI/Python 1.50.0"], "OpenAI-Project": ["proj_fake0001"], Authorization: ["Bearer FAKE-SECRET-TOKEN-0000"] },
      body: {
        model: "gpt-4o-mini",
        user: "user-4711",
        messages: [
          { role: "system", content: "You are the billing assistant." },
          { role: "user", content: "What did invoice INV-1001 cost?" },
          { role: "assistant", content: "Earlier answer." },
          { role: "user", content: [{ type: "text", text: "And INV-1002?" }, { type: "image_url", image_url: { url: "https://example.com/x.png" } }] },
        ],
      },
    },
    response: {
      status: 200,
      headers: { Date: ["Wed, 05 Mar 2025 10:00:00 GMT"], "x-request-id": ["req_fake01"] },
      body: {
        id: "chatcmpl-fake0001",
        object: "chat.completion",
        created: 1741168800,
        model: "gpt-4o-mini-2024-07-18",
        choices: [{ index: 0, message: { role: "assistant", content: "INV-1002 cost 12 EUR." }, finish_reason: "stop" }],
        usage: { prompt_tokens: 40, completion_tokens: 9, total_tokens: 49 },
      },
    },
  },
  azureStreamExchange: {
    request: {
      method: "POST",
      url: "https://contoso-aoai.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-06-01",
      body: { messages: [{ role: "user", content: "Say hi" }], stream: true, stream_options: { include_usage: true } },
    },
    response: {
      status: 200,
      headers: { "content-type": "text/event-stream", date: "Thu, 06 Mar 2025 08:30:00 GMT" },
      body: sse([
        { id: "", object: "", created: 0, model: "", choices: [], prompt_filter_results: [] },
        { id: "chatcmpl-fake0002", object: "chat.completion.chunk", created: 1741249800, model: "gpt-4o-2024-08-06", choices: [{ index: 0, delta: { role: "assistant", content: "Hi" } }] },
        { id: "chatcmpl-fake0002", object: "chat.completion.chunk", created: 1741249800, model: "gpt-4o-2024-08-06", choices: [{ index: 0, delta: { content: " there" }, finish_reason: "stop" }] },
        { id: "chatcmpl-fake0002", object: "chat.completion.chunk", created: 1741249800, model: "gpt-4o-2024-08-06", choices: [], usage: { prompt_tokens: 8, completion_tokens: 2 } },
      ]),
    },
  },
  embeddingsRateLimited: {
    request: { method: "POST", uri: "https://api.openai.com/v1/embeddings", body: { model: "text-embedding-3-small", input: ["alpha", "beta"] } },
    response: {
      status: 429,
      headers: { Date: ["Fri, 07 Mar 2025 12:00:00 GMT"] },
      body: '{"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}',
    },
  },
  threadsList: {
    request: { method: "GET", uri: "https://api.openai.com/v1/threads/thread_fake01/messages" },
    response: { status: 200, headers: { Date: ["Fri, 07 Mar 2025 12:00:00 GMT"] }, body: { object: "list", data: [] } },
  },
  bareChat: {
    id: "chatcmpl-fake0003",
    object: "chat.completion",
    created: 1741000000,
    model: "gpt-4o-mini",
    choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: '{"order":"A-7"}' } }] }, finish_reason: "tool_calls" }],
    usage: { prompt_tokens: 30, completion_tokens: 12 },
  },
  bareResponse: {
    id: "resp_fake0004",
    object: "response",
    created_at: 1741100000,
    status: "completed",
    model: "gpt-4.1-2025-04-14",
    instructions: "Answer in one line.",
    output: [{ type: "message", id: "msg_fake", role: "assistant", content: [{ type: "output_text", text: "Paris.", annotations: [] }] }],
    usage: { input_tokens: 20, output_tokens: 2, total_tokens: 22 },
  },
  bareCompletion: {
    id: "cmpl-fake0005",
    object: "text_completion",
    created: 1741200000,
    model: "gpt-3.5-turbo-instruct",
    choices: [{ text: "a test", index: 0, finish_reason: "length" }],
    usage: { prompt_tokens: 4, completion_tokens: 2 },
  },
  embeddingList: {
    timestamp: "2025-03-08T09:00:00Z",
    object: "list",
    data: [{ object: "embedding", index: 0, embedding: [0.1, 0.2] }],
    model: "text-embedding-3-small",
    usage: { prompt_tokens: 3, total_tokens: 3 },
  },
});

export const openaiUsage = group({
  completionsPage: {
    object: "page",
    data: [
      {
        object: "bucket",
        start_time: 1740787200,
        end_time: 1740873600,
        results: [
          { object: "organization.usage.completions.result", input_tokens: 1200, input_cached_tokens: 200, output_tokens: 300, num_model_requests: 7, project_id: "proj_fake0001", user_id: null, api_key_id: "key_fake0001", model: "gpt-4o-mini-2024-07-18", batch: false },
          { object: "organization.usage.completions.result", input_tokens: 50, output_tokens: 5, num_model_requests: 1, project_id: "proj_fake0002", api_key_id: null, model: "gpt-4o" },
        ],
      },
      { object: "bucket", start_time: 1740873600, end_time: 1740960000, results: [] },
    ],
    has_more: false,
    next_page: null,
  },
  costsPage: {
    object: "page",
    data: [{ object: "bucket", start_time: 1740787200, end_time: 1740873600, results: [{ object: "organization.costs.result", amount: { value: 1.25, currency: "usd" }, line_item: "gpt-4o-mini-2024-07-18, input", project_id: "proj_fake0001" }] }],
    has_more: false,
    next_page: null,
  },
});

export const anthropic = group({
  messagesExchange: {
    request: {
      method: "POST",
      uri: "https://api.anthropic.com/v1/messages",
      headers: { "user-agent": ["Anthropic/Python 0.40.0"], "anthropic-version": ["2023-06-01"] },
      body: { model: "claude-3-5-haiku-latest", max_tokens: 256, system: "Be brief.", metadata: { user_id: "user-abc" }, messages: [{ role: "user", content: "Summarize ticket T-99." }] },
    },
    response: {
      status: 200,
      headers: { Date: ["Mon, 10 Mar 2025 14:00:00 GMT"], "request-id": ["req_fake_a1"] },
      body: {
        id: "msg_fake_a1",
        type: "message",
        role: "assistant",
        model: "claude-3-5-haiku-20241022",
        content: [{ type: "text", text: "T-99: printer jam, fixed." }],
        stop_reason: "end_turn",
        usage: { input_tokens: 20, cache_read_input_tokens: 100, cache_creation_input_tokens: 0, output_tokens: 9 },
      },
    },
  },
  streamExchange: {
    request: { method: "POST", uri: "https://api.anthropic.com/v1/messages", body: { model: "claude-sonnet-4-5", max_tokens: 64, stream: true, messages: [{ role: "user", content: [{ type: "text", text: "Count to two" }] }] } },
    response: {
      status: 200,
      headers: { Date: ["Mon, 10 Mar 2025 14:05:00 GMT"] },
      body: sse(
        [
          { type: "message_start", message: { id: "msg_fake_a2", type: "message", role: "assistant", model: "claude-sonnet-4-5-20250929", content: [], usage: { input_tokens: 11, output_tokens: 1 } } },
          { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
          { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "One," } },
          { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: " two." } },
          { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: 5 } },
          { type: "message_stop" },
        ],
        true,
      ),
    },
  },
  bedrockInvoke: {
    request: {
      method: "POST",
      uri: "https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke",
      body: { anthropic_version: "bedrock-2023-05-31", max_tokens: 100, messages: [{ role: "user", content: "Hello from Bedrock" }] },
    },
    response: {
      status: 200,
      headers: { Date: ["Tue, 11 Mar 2025 07:00:00 GMT"], "X-Amzn-Bedrock-Input-Token-Count": ["12"], "X-Amzn-Bedrock-Output-Token-Count": ["6"] },
      body: { id: "msg_bdrk_fake01", type: "message", role: "assistant", model: "claude-3-haiku-20240307", content: [{ type: "text", text: "Hello back" }], stop_reason: "end_turn", usage: { input_tokens: 12, output_tokens: 6 } },
    },
  },
  bareMessage: {
    timestamp: "2025-03-12T09:15:00Z",
    id: "msg_fake_a3",
    type: "message",
    role: "assistant",
    model: "claude-opus-4-1",
    content: [{ type: "text", text: "Done." }, { type: "tool_use", id: "toolu_1", name: "search", input: { q: "quarterly report" } }],
    stop_reason: "tool_use",
    usage: { input_tokens: 50, output_tokens: 20 },
  },
});

export const anthropicUsage = group({
  usageReport: {
    data: [
      {
        starting_at: "2025-03-01T00:00:00Z",
        ending_at: "2025-03-02T00:00:00Z",
        results: [
          {
            uncached_input_tokens: 1000,
            cache_creation: { ephemeral_1h_input_tokens: 0, ephemeral_5m_input_tokens: 200 },
            cache_read_input_tokens: 300,
            output_tokens: 400,
            server_tool_use: { web_search_requests: 2 },
            api_key_id: "apikey_fake01",
            workspace_id: "wrkspc_fake01",
            model: "claude-sonnet-4-20250514",
            service_tier: "standard",
            context_window: "0-200k",
          },
        ],
      },
    ],
    has_more: false,
    next_page: null,
  },
  costReport: {
    data: [
      {
        starting_at: "2025-03-01T00:00:00Z",
        ending_at: "2025-03-02T00:00:00Z",
        results: [
          { currency: "USD", amount: "123.45", workspace_id: "wrkspc_fake01", description: "Claude Sonnet 4 Usage - Input Tokens", cost_type: "tokens", context_window: "0-200k", model: "claude-sonnet-4-20250514", service_tier: "standard", token_type: "uncached_input_tokens" },
          { currency: "USD", amount: "50", workspace_id: null, description: "Web Search", cost_type: "web_search", model: null, service_tier: null, token_type: null },
        ],
      },
    ],
    has_more: true,
    next_page: "page_fake",
  },
});

export const bedrock = group({
  converseLog: {
    schemaType: "ModelInvocationLog",
    schemaVersion: "1.0",
    timestamp: "2025-03-04T10:11:12Z",
    accountId: "111122223333",
    identity: { arn: "arn:aws:sts::111122223333:assumed-role/chatbot-role/app-runner" },
    region: "eu-west-1",
    requestId: "0f000000-0000-4000-8000-00000000aaaa",
    operation: "Converse",
    modelId: "arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
    input: { inputContentType: "application/json", inputBodyJson: { system: [{ text: "You are a helpdesk bot." }], messages: [{ role: "user", content: [{ text: "Reset my VPN token" }] }] }, inputTokenCount: 18 },
    output: { outputContentType: "application/json", outputBodyJson: { output: { message: { role: "assistant", content: [{ text: "Open the portal." }] } }, stopReason: "end_turn", usage: { inputTokens: 18, outputTokens: 5 } }, outputTokenCount: 5 },
  },
  guardrailInvokeLog: {
    schemaType: "ModelInvocationLog",
    schemaVersion: "1.0",
    timestamp: "2025-03-04 10:20:00.000000000",
    accountId: "111122223333",
    identity: { arn: "arn:aws:iam::111122223333:user/dev-bob" },
    region: "us-east-1",
    requestId: "0f000000-0000-4000-8000-00000000bbbb",
    operation: "InvokeModel",
    modelId: "amazon.titan-text-express-v1",
    input: { inputBodyJson: { inputText: "How do I bypass the badge reader?", textGenerationConfig: { maxTokenCount: 100 } } },
    output: { outputBodyJson: { "amazon-bedrock-guardrailAction": "INTERVENED", inputTextTokenCount: 9, results: [{ tokenCount: 7, outputText: "Sorry, I can't help with that.", completionReason: "FINISH" }] } },
  },
  streamLog: {
    schemaType: "ModelInvocationLog",
    schemaVersion: "1.0",
    timestamp: "2025-03-04T11:00:00Z",
    accountId: "111122223333",
    identity: { arn: "arn:aws:sts::111122223333:assumed-role/etl/job-7" },
    region: "us-west-2",
    requestId: "0f000000-0000-4000-8000-00000000cccc",
    operation: "ConverseStream",
    modelId: "meta.llama3-1-8b-instruct-v1:0",
    errorCode: "ThrottlingException",
    input: { inputBodyJson: { messages: [{ role: "user", content: [{ text: "Stream please" }] }] }, inputTokenCount: 4 },
    output: { outputBodyJson: [{ contentBlockDelta: { delta: { text: "Str" }, contentBlockIndex: 0 } }, { contentBlockDelta: { delta: { text: "eamed" }, contentBlockIndex: 0 } }, { messageStop: { stopReason: "end_turn" } }, { metadata: { usage: { inputTokens: 4, outputTokens: 2 } } }] },
  },
  titanExchange: {
    request: { method: "POST", uri: "https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke", headers: { "User-Agent": ["Boto3/1.35.0"] }, body: { inputText: "embed me" } },
    response: { status: 200, headers: { Date: ["Wed, 12 Mar 2025 16:00:00 GMT"], "x-amzn-RequestId": ["0f000000-0000-4000-8000-00000000dddd"], "X-Amzn-Bedrock-Input-Token-Count": ["3"] }, body: { embedding: [0.1, 0.2], inputTextTokenCount: 3 } },
  },
});

const AOAI = "/SUBSCRIPTIONS/AAAAAAAA-1111-2222-3333-BBBBBBBBBBBB/RESOURCEGROUPS/AI-RG/PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/CONTOSO-AOAI";
export const azureOpenai = group({
  requestResponse: {
    time: "2025-01-20T09:00:00.1234567Z",
    resourceId: AOAI,
    category: "RequestResponse",
    operationName: "ChatCompletions_Create",
    callerIpAddress: "203.0.113.5",
    resultSignature: "200",
    durationMs: 812,
    location: "westeurope",
    properties: JSON.stringify({ apiName: "Azure OpenAI API version 2024-06-01", modelDeploymentName: "gpt4o-prod", modelName: "gpt-4o", modelVersion: "2024-08-06", objectId: "" }),
  },
  throttled: {
    time: "2025-01-20T09:01:00Z",
    resourceId: AOAI,
    category: "RequestResponse",
    operationName: "Embeddings_Create",
    callerIpAddress: "203.0.113.6",
    resultSignature: "429",
    properties: { modelDeploymentName: "embed-small", modelName: "text-embedding-3-small" },
  },
  usage: {
    time: "2025-01-20T09:02:00Z",
    resourceId: AOAI,
    category: "AzureOpenAIRequestUsage",
    operationName: "ChatCompletions_Create",
    properties: { modelDeploymentName: "gpt4o-prod", modelName: "gpt-4o", promptTokens: 120, completionTokens: 30, totalTokens: 150 },
  },
  audit: { time: "2025-01-21T06:00:00Z", resourceId: AOAI, category: "Audit", operationName: "ListKey", properties: { objectId: "11111111-2222-3333-4444-555555555555" }, location: "westeurope" },
  logAnalytics: {
    TimeGenerated: "2025-01-22T10:00:00Z",
    ResourceId: AOAI,
    Category: "RequestResponse",
    OperationName: "Completions_Create",
    CallerIPAddress: "198.51.100.20",
    ResultSignature: "200",
    properties_s: '{"modelDeploymentName":"instruct","modelName":"gpt-35-turbo-instruct"}',
  },
});

const any = (v: string | number | boolean): JsonObject => (typeof v === "string" ? { stringValue: v } : typeof v === "number" ? (Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v }) : { boolValue: v });
const attrs = (o: Record<string, string | number | boolean>): JsonObject[] => Object.entries(o).map(([key, v]) => ({ key, value: any(v) }));

export const otlp = group({
  batch: {
    resourceSpans: [
      {
        resource: { attributes: attrs({ "service.name": "support-bot", "cloud.account.id": "111122223333" }) },
        scopeSpans: [
          {
            scope: { name: "opentelemetry.instrumentation.openai", version: "0.40.0" },
            spans: [
              {
                traceId: "5B8EFFF798038103D269B633813FC6AA",
                spanId: "EEE19B7EC3C1B1AA",
                name: "chat gpt-4o",
                kind: 3,
                startTimeUnixNano: "1741600000000000000",
                endTimeUnixNano: "1741600001000000000",
                attributes: [
                  ...attrs({
                    "gen_ai.provider.name": "openai",
                    "gen_ai.operation.name": "chat",
                    "gen_ai.request.model": "gpt-4o",
                    "gen_ai.response.model": "gpt-4o-2024-08-06",
                    "gen_ai.response.id": "chatcmpl-fake0009",
                    "gen_ai.usage.input_tokens": 25,
                    "gen_ai.usage.output_tokens": 4,
                    "server.address": "api.openai.com",
                    "gen_ai.input.messages": JSON.stringify([{ role: "system", parts: [{ type: "text", content: "Be kind." }] }, { role: "user", parts: [{ type: "text", content: "My SSN is 000-00-0000" }] }]),
                    "gen_ai.output.messages": JSON.stringify([{ role: "assistant", finish_reason: "stop", parts: [{ type: "text", content: "Please do not share that." }] }]),
                  }),
                  { key: "gen_ai.response.finish_reasons", value: { arrayValue: { values: [{ stringValue: "stop" }] } } },
                ],
                status: { code: 0 },
              },
              { traceId: "5B8EFFF798038103D269B633813FC6AA", spanId: "EEE19B7EC3C1B1AB", name: "GET /health", startTimeUnixNano: "1741600000000000000", attributes: attrs({ "http.route": "/health" }) },
            ],
          },
        ],
      },
    ],
  },
  legacySpan: {
    traceId: "0af7651916cd43dd8448eb211c80319c",
    spanId: "b7ad6b7169203331",
    name: "anthropic.chat",
    startTimeUnixNano: "1741700000000000000",
    status: { code: 2, message: "overloaded" },
    attributes: attrs({
      "gen_ai.system": "Anthropic",
      "llm.request.type": "chat",
      "gen_ai.request.model": "claude-3-opus-20240229",
      "gen_ai.usage.prompt_tokens": 10,
      "gen_ai.usage.completion_tokens": 3,
      "gen_ai.prompt.0.role": "user",
      "gen_ai.prompt.0.content": "Old style prompt",
      "gen_ai.completion.0.content": "Old style answer",
      "enduser.id": "alice@example.com",
    }),
    resource: { attributes: [] },
    scope: { name: "legacy", version: null, attributes: [] },
  },
});

/** One typical record per LLM source with the source that must claim it (containers as they arrive). */
export const LLM_FIXTURES: [string, JsonObject][] = [
  ...Object.values(openai).map((r): [string, JsonObject] => ["openai", r]),
  ...Object.values(openaiUsage).map((r): [string, JsonObject] => ["openai-usage", r]),
  ...Object.values(anthropic).map((r): [string, JsonObject] => ["anthropic", r]),
  ...Object.values(anthropicUsage).map((r): [string, JsonObject] => ["anthropic-usage", r]),
  ...Object.values(bedrock).map((r): [string, JsonObject] => ["aws-bedrock-invocation", r]),
  ...Object.values(azureOpenai).map((r): [string, JsonObject] => ["azure-openai", r]),
  ...Object.values(otlp).map((r): [string, JsonObject] => ["otlp", r]),
];

/** The event of a successful parse (a rejection fails the calling test with its reason). */
export function eventOf(outcome: ParseOutcome): NormalizedEvent {
  if (!("event" in outcome)) throw new Error(`rejected: ${outcome.reason} ${outcome.detail ?? ""}`);
  return outcome.event;
}
export function llmOf(outcome: ParseOutcome): LlmEvent {
  const e = eventOf(outcome);
  if (e.kind !== "llm") throw new Error("not an LLM event");
  return e;
}

/** A deep copy of a record with one dotted path set (or removed when value is undefined). */
export function withField(record: JsonObject, path: string, value: JsonValue | undefined): JsonObject {
  const copy = structuredClone(record);
  const keys = path.split(".");
  let cur: JsonObject = copy;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    cur = next !== null && typeof next === "object" && !Array.isArray(next) ? next : (cur[k] = {});
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}
