// Vocabularies of the app inventory, shared by schemas, use cases and the UI. The enum-like tuples
// mirror the Prisma enums of the same name (prisma/schema.prisma); tsc checks them where rows are written.

/** Model providers, keyed by OpenTelemetry's `gen_ai.provider.name` values. */
export const LLM_PROVIDERS = [
  { id: "openai", label: "OpenAI" },
  { id: "anthropic", label: "Anthropic" },
  { id: "aws.bedrock", label: "AWS Bedrock" },
  { id: "gcp.vertex_ai", label: "Google Vertex AI" },
  { id: "gcp.gemini", label: "Google Gemini" },
  { id: "azure.ai.openai", label: "Azure OpenAI" },
  { id: "cohere", label: "Cohere" },
  { id: "mistral_ai", label: "Mistral AI" },
  { id: "groq", label: "Groq" },
  { id: "deepseek", label: "DeepSeek" },
  { id: "perplexity", label: "Perplexity" },
  { id: "x_ai", label: "xAI" },
  { id: "ibm.watsonx.ai", label: "IBM watsonx.ai" },
] as const;
export type LlmProviderId = (typeof LLM_PROVIDERS)[number]["id"];
export const PROVIDER_IDS = LLM_PROVIDERS.map((p) => p.id) as [LlmProviderId, ...LlmProviderId[]];

export const MODEL_PURPOSES = ["chat", "completion", "embeddings", "rerank", "image", "audio", "moderation", "agent"] as const;
export type ModelPurpose = (typeof MODEL_PURPOSES)[number];

export const FRAMEWORKS = ["langchain", "llamaindex", "semantic-kernel", "haystack", "custom"] as const;
export const FRONTENDS = ["streamlit", "gradio", "nextjs", "chat-widget", "api-only", "other"] as const;

export const LIFECYCLES = ["IDEA", "DEVELOPMENT", "PRODUCTION", "RETIRED"] as const;
export const CRITICALITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const EXPOSURES = ["INTERNAL", "PARTNER", "PUBLIC"] as const;
export const END_USER_AUTHS = ["SSO", "APP_LOGIN", "API_KEY", "NONE"] as const;
export const DEPLOYMENTS = ["SERVERLESS", "CONTAINER", "VM", "MANAGED_SERVICE"] as const;
export const DATA_STORE_KINDS = ["VECTOR", "SQL", "NOSQL", "BLOB", "CACHE", "MEMORY"] as const;
export const CLASSIFICATIONS = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;
export const DATASET_ACCESSES = ["RAG_INDEX", "TOOL", "FINE_TUNING", "PROMPT_CONTEXT"] as const;

export type Lifecycle = (typeof LIFECYCLES)[number];
export type Criticality = (typeof CRITICALITIES)[number];
export type Exposure = (typeof EXPOSURES)[number];
export type Classification = (typeof CLASSIFICATIONS)[number];
export type DataStoreKind = (typeof DATA_STORE_KINDS)[number];
export type DatasetAccess = (typeof DATASET_ACCESSES)[number];

export const LIFECYCLE_LABELS: Record<Lifecycle, string> = { IDEA: "Idea", DEVELOPMENT: "Development", PRODUCTION: "Production", RETIRED: "Retired" };
export const CRITICALITY_LABELS: Record<Criticality, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };
export const EXPOSURE_LABELS: Record<Exposure, string> = { INTERNAL: "Internal", PARTNER: "Partner", PUBLIC: "Public" };
export const END_USER_AUTH_LABELS: Record<(typeof END_USER_AUTHS)[number], string> = { SSO: "Single sign-on", APP_LOGIN: "App login", API_KEY: "API key", NONE: "None" };
export const DEPLOYMENT_LABELS: Record<(typeof DEPLOYMENTS)[number], string> = { SERVERLESS: "Serverless", CONTAINER: "Container", VM: "Virtual machine", MANAGED_SERVICE: "Managed service" };
export const DATA_STORE_KIND_LABELS: Record<DataStoreKind, string> = { VECTOR: "Vector store", SQL: "SQL database", NOSQL: "NoSQL database", BLOB: "Blob storage", CACHE: "Cache", MEMORY: "Agent memory" };
export const CLASSIFICATION_LABELS: Record<Classification, string> = { PUBLIC: "Public", INTERNAL: "Internal", CONFIDENTIAL: "Confidential", RESTRICTED: "Restricted" };
export const DATASET_ACCESS_LABELS: Record<DatasetAccess, string> = { RAG_INDEX: "RAG index", TOOL: "Tool", FINE_TUNING: "Fine-tuning", PROMPT_CONTEXT: "Prompt context" };
export const FRAMEWORK_LABELS: Record<(typeof FRAMEWORKS)[number], string> = { langchain: "LangChain", llamaindex: "LlamaIndex", "semantic-kernel": "Semantic Kernel", haystack: "Haystack", custom: "Custom" };
export const FRONTEND_LABELS: Record<(typeof FRONTENDS)[number], string> = { streamlit: "Streamlit", gradio: "Gradio", nextjs: "Next.js", "chat-widget": "Chat widget", "api-only": "API only", other: "Other" };

const PROVIDER_LABELS: Record<string, string> = Object.fromEntries(LLM_PROVIDERS.map((p) => [p.id, p.label]));

/** Display name of a provider id; unknown ids (e.g. written by an older version) show as they are. */
export const providerLabel = (id: string) => PROVIDER_LABELS[id] ?? id;

/** Looks up a label in a table keyed by a vocabulary, falling back to the raw value. */
export const labelOf = (labels: Record<string, string>, value: string) => labels[value] ?? value;
