// The normalized event model of ingestion (pure: no I/O under lib/ingest except lib/ingest/server).
// LLM events use OpenTelemetry GenAI attribute names; audit logs of clouds and AI platforms use one
// cloud-event shape. Every source parser turns ONE input record into ONE event or ONE rejection reason, so
// the ledger balances: lines = stored + duplicates + rejected.

export const SOURCE_TYPES = [
  "openai", // chat completions / responses / completions / embeddings: request+response records or bare response objects
  "openai-audit", // organization audit-log events (/v1/organization/audit_logs)
  "openai-usage", // usage and cost API pages (/v1/organization/usage/*, /v1/organization/costs)
  "anthropic", // /v1/messages request+response records or bare Message objects
  "anthropic-usage", // Admin API usage and cost reports
  "anthropic-activity", // organization activity / audit events
  "aws-bedrock-invocation", // Bedrock model-invocation logs (schemaType ModelInvocationLog)
  "aws-cloudtrail", // CloudTrail records (files with {"Records":[...]}, NDJSON), incl. Bedrock, S3, IAM, STS
  "gcp-audit", // Cloud Audit Log entries (protoPayload), incl. Vertex AI (aiplatform.googleapis.com)
  "azure-activity", // Azure Monitor Activity Log
  "azure-entra", // Entra ID sign-in and audit logs
  "azure-openai", // Azure OpenAI diagnostic logs: Audit, RequestResponse, AzureOpenAIRequestUsage
  "github-audit", // GitHub organization audit log
  "otlp", // OTLP/JSON traces with gen_ai.* span attributes
] as const;
/** What an upload, a push or the CLI may name. The gateway's own metering files use the internal source "gateway". */
export type SourceType = (typeof SOURCE_TYPES)[number] | "gateway";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Why a record (or a whole file) was not stored. Stable codes: the UI, CLI ledgers and tests use them. */
export const REJECT_REASONS = [
  "malformed_json", // the line is not JSON
  "not_an_object", // valid JSON but not an object (e.g. a number or a string)
  "invalid_utf8", // bytes that are not UTF-8
  "unsupported_encoding", // UTF-16/UTF-32 (BOM or NUL pattern)
  "line_too_long", // over the per-line byte cap
  "too_deep", // nesting deeper than the cap
  "forbidden_key", // a __proto__ key (prototype pollution attempt)
  "gzip_corrupt", // truncated or fake gzip
  "gzip_bomb", // decompressed size or ratio over the cap
  "empty_file",
  "wrong_format", // the record does not belong to the named source
  "unknown_format", // auto-detection: no source recognises the record
  "missing_field", // a field the source requires is absent (detail names it)
  "invalid_value", // a field has an impossible value (detail names it)
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** gen_ai.* names of the OpenTelemetry GenAI semantic conventions; values as the conventions define them. */
export type GenAiAttributes = {
  "gen_ai.provider.name": string; // openai, anthropic, aws.bedrock, azure.ai.openai, gcp.vertex_ai, gcp.gemini, …
  "gen_ai.operation.name": string; // chat, text_completion, embeddings, generate_content, execute_tool, invoke_agent, …
  "gen_ai.request.model"?: string;
  "gen_ai.response.model"?: string;
  "gen_ai.response.id"?: string;
  "gen_ai.response.finish_reasons"?: string[];
  "gen_ai.usage.input_tokens"?: number;
  "gen_ai.usage.output_tokens"?: number;
  "gen_ai.conversation.id"?: string;
  "server.address"?: string;
  "error.type"?: string;
};

/** Who and what made the call, used to map the event to a registered app (or flag it as shadow AI). */
export type CallerIdentity = {
  principal?: string; // ARN, email, service account, user id
  apiKeyId?: string; // provider key id / redacted key name, never a secret value
  projectId?: string; // OpenAI project, GCP project, Azure subscription/resource
  deployment?: string; // Azure deployment, Bedrock inference profile
  sourceIp?: string;
  userAgent?: string;
};

export type LlmEvent = {
  kind: "llm";
  time: string; // ISO 8601 UTC
  attributes: GenAiAttributes;
  identity: CallerIdentity;
  /** Text for DLP: what was sent to and returned by the model (joined message contents). */
  prompt?: string;
  completion?: string;
  /** For aggregated usage/cost records (usage pages, cost reports): the bucket they cover, and the cost. */
  periodEnd?: string;
  costUsd?: number;
  requestCount?: number;
  traceId?: string;
  spanId?: string;
  /** Gateway calls only: the app is known (the virtual key's), the gateway's added latency and its guardrail decisions. */
  appId?: string;
  latencyMs?: number;
  guardrails?: string[];
  /** Gateway calls only: what its inline DLP found (values only as their org-keyed HMAC); they become the findings. */
  detections?: GatewayDetection[];
};

export type GatewayDetection = {
  direction: "input" | "output";
  action: "alert" | "redact" | "block";
  detector: "pii" | "secret" | "injection" | "safety" | "custom";
  type: string;
  score: number;
  start: number;
  end: number;
  preview: string;
  valueHash: string;
  tags: { owasp: string[]; atlas: string[]; nist: string[] };
};

export type CloudEvent = {
  kind: "cloud";
  time: string; // ISO 8601 UTC
  provider: "aws" | "gcp" | "azure" | "openai" | "anthropic" | "github";
  account?: string; // AWS account, GCP project, Azure subscription / tenant, OpenAI/Anthropic org, GitHub org
  principal?: string;
  sourceIp?: string;
  userAgent?: string;
  service: string; // e.g. bedrock.amazonaws.com, aiplatform.googleapis.com, Microsoft.CognitiveServices, api_key
  action: string; // e.g. InvokeModel, GetObject, api_key.created
  resource?: string;
  outcome: "success" | "failure" | "unknown";
  region?: string;
  /** AI service calls carried in audit logs (CloudTrail InvokeModel/Converse, Vertex AI) also name a model. */
  model?: string;
};

export type NormalizedEvent = LlmEvent | CloudEvent;

export type ParseOutcome = { event: NormalizedEvent } | { reason: RejectReason; detail?: string };

export type SourceParser = {
  source: SourceType;
  label: string;
  /** Container records (CloudTrail {"Records":[…]}, usage pages, OTLP batches) become their elements; else null. */
  split?: (value: JsonObject) => JsonObject[] | null;
  /** false: only for files that name this source (never auto-detected). */
  autoDetect?: false;
  /** Cheap structural check for auto-detection: true when the record looks like this source. */
  matches: (record: JsonObject) => boolean;
  /** One record → one event or one reason. Must never throw. */
  parse: (record: JsonObject) => ParseOutcome;
};
