// Demo LLM apps for the seed: realistic apps across providers, lifecycles and exposures, with model usages
// and data stores. Credentials and datasets are used only when the refs name them. Not wired into prisma/seed.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/server/db";

type Usage = { provider: string; modelId: string; purpose: string; viaGateway?: boolean };
type Store = { kind: Prisma.AppDataStoreCreateManyInput["kind"]; name: string; dataset?: string };
type DemoApp = Omit<Prisma.LlmAppCreateManyInput, "orgId" | "ownerId"> & { name: string; owner: number | null; usages: Usage[]; stores: Store[] };

const APPS: DemoApp[] = [
  {
    name: "Support Copilot", owner: 0, businessUnit: "Customer Success", criticality: "HIGH", lifecycle: "PRODUCTION",
    description: "Drafts answers to customer tickets from the help center and past resolutions (RAG over a vector store).",
    environments: ["staging", "prod"], exposure: "PUBLIC", endUserAuth: "APP_LOGIN", deployment: "CONTAINER", framework: "langchain", frontend: "chat-widget",
    tags: ["rag", "customer-facing"],
    usages: [
      { provider: "openai", modelId: "gpt-4o", purpose: "chat", viaGateway: true },
      { provider: "openai", modelId: "text-embedding-3-large", purpose: "embeddings", viaGateway: true },
      { provider: "openai", modelId: "omni-moderation-latest", purpose: "moderation" },
    ],
    stores: [{ kind: "VECTOR", name: "support-kb (pgvector)", dataset: "Support tickets" }, { kind: "CACHE", name: "Semantic cache (Redis)" }],
  },
  {
    name: "Contract Analyzer", owner: 0, businessUnit: "Legal", criticality: "CRITICAL", lifecycle: "PRODUCTION",
    description: "Extracts obligations, renewal dates and risky clauses from supplier and customer contracts.",
    environments: ["prod"], exposure: "INTERNAL", endUserAuth: "SSO", deployment: "SERVERLESS", framework: "llamaindex", frontend: "streamlit",
    tags: ["legal", "document-ai"],
    usages: [
      { provider: "anthropic", modelId: "claude-sonnet-4", purpose: "chat", viaGateway: true },
      { provider: "openai", modelId: "text-embedding-3-small", purpose: "embeddings" },
    ],
    stores: [{ kind: "VECTOR", name: "contracts-index (Pinecone)", dataset: "Contracts" }, { kind: "BLOB", name: "contract-uploads (S3)", dataset: "Contracts" }],
  },
  {
    name: "Code Review Bot", owner: 1, businessUnit: "Engineering", criticality: "MEDIUM", lifecycle: "DEVELOPMENT",
    description: "Comments on pull requests: security smells, missing tests and style.",
    environments: ["dev"], exposure: "INTERNAL", endUserAuth: "API_KEY", deployment: "SERVERLESS", framework: "custom", frontend: "api-only",
    tags: ["devtools"],
    usages: [
      { provider: "anthropic", modelId: "claude-opus-4", purpose: "agent" },
      { provider: "mistral_ai", modelId: "codestral-latest", purpose: "completion" },
    ],
    stores: [{ kind: "MEMORY", name: "Review agent memory" }],
  },
  {
    name: "HR Policy Assistant", owner: 2, businessUnit: "People", criticality: "HIGH", lifecycle: "DEVELOPMENT",
    description: "Answers employee questions about leave, benefits and travel policies.",
    environments: ["dev", "staging"], exposure: "INTERNAL", endUserAuth: "SSO", deployment: "MANAGED_SERVICE", framework: "semantic-kernel", frontend: "nextjs",
    tags: ["rag", "employee-facing"],
    usages: [
      { provider: "azure.ai.openai", modelId: "gpt-4o-mini", purpose: "chat" },
      { provider: "azure.ai.openai", modelId: "text-embedding-3-small", purpose: "embeddings" },
    ],
    stores: [{ kind: "VECTOR", name: "hr-policies (Azure AI Search)", dataset: "HR policies" }],
  },
  {
    name: "Fraud Triage Agent", owner: 0, businessUnit: "Risk", criticality: "CRITICAL", lifecycle: "PRODUCTION",
    description: "Summarizes flagged transactions for analysts and proposes a disposition, with tools over the case system.",
    environments: ["prod"], exposure: "PARTNER", endUserAuth: "API_KEY", deployment: "CONTAINER", framework: "langchain", frontend: "api-only",
    tags: ["agent", "tools"],
    usages: [
      { provider: "aws.bedrock", modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0", purpose: "agent", viaGateway: true },
      { provider: "aws.bedrock", modelId: "amazon.titan-embed-text-v2:0", purpose: "embeddings", viaGateway: true },
    ],
    stores: [{ kind: "SQL", name: "Customer accounts (Aurora read replica)", dataset: "Customer PII" }, { kind: "NOSQL", name: "Case notes (DynamoDB)" }],
  },
  {
    name: "Marketing Copy Studio", owner: 1, businessUnit: "Marketing", criticality: "LOW", lifecycle: "PRODUCTION",
    description: "Generates campaign copy and hero images in the brand voice.",
    environments: ["prod"], exposure: "INTERNAL", endUserAuth: "SSO", deployment: "SERVERLESS", framework: "custom", frontend: "gradio",
    tags: ["genai", "content"],
    usages: [
      { provider: "gcp.gemini", modelId: "gemini-2.5-pro", purpose: "chat" },
      { provider: "gcp.vertex_ai", modelId: "imagen-3.0-generate-002", purpose: "image" },
    ],
    stores: [{ kind: "BLOB", name: "Brand assets (GCS)", dataset: "Product docs" }],
  },
  {
    name: "Sales Email Drafter", owner: 2, businessUnit: "Sales", criticality: "MEDIUM", lifecycle: "IDEA",
    description: "Drafts follow-up emails from CRM notes; pilot with two sales teams.",
    environments: ["dev"], exposure: "INTERNAL", endUserAuth: "SSO", deployment: "SERVERLESS", framework: "semantic-kernel", frontend: "chat-widget",
    tags: ["pilot"],
    usages: [{ provider: "azure.ai.openai", modelId: "gpt-4.1", purpose: "completion" }],
    stores: [{ kind: "SQL", name: "CRM contacts (read replica)", dataset: "Customer PII" }],
  },
  {
    name: "Internal Search", owner: 1, businessUnit: "IT", criticality: "MEDIUM", lifecycle: "PRODUCTION",
    description: "Enterprise search over the wiki, product docs and resolved tickets, with reranking and short answers.",
    environments: ["staging", "prod"], exposure: "INTERNAL", endUserAuth: "SSO", deployment: "CONTAINER", framework: "haystack", frontend: "nextjs",
    tags: ["rag", "search"],
    usages: [
      { provider: "cohere", modelId: "embed-v4.0", purpose: "embeddings" },
      { provider: "cohere", modelId: "rerank-v3.5", purpose: "rerank" },
      { provider: "groq", modelId: "llama-3.3-70b-versatile", purpose: "chat", viaGateway: true },
    ],
    stores: [{ kind: "VECTOR", name: "enterprise-index (OpenSearch)", dataset: "Engineering wiki" }],
  },
  {
    name: "Legacy FAQ Bot", owner: null, businessUnit: "Customer Success", criticality: "LOW", lifecycle: "RETIRED",
    description: "First website chatbot, replaced by Support Copilot; kept for the record until its logs expire.",
    environments: [], exposure: "PUBLIC", endUserAuth: "NONE", deployment: "VM", framework: "custom", frontend: "other",
    tags: ["retired"],
    usages: [{ provider: "openai", modelId: "gpt-3.5-turbo", purpose: "chat" }],
    stores: [],
  },
];

// Integration-style provider ids that may key credentialIdByProvider instead of gen_ai.provider.name.
const PROVIDER_ALIASES: Record<string, string> = { "azure.ai.openai": "azure-openai", "aws.bedrock": "aws-bedrock", "gcp.vertex_ai": "gcp-vertex" };

/**
 * Creates the demo apps in `orgId` and returns their ids by name. `ownerIds` must be members of the org
 * (apps cycle through them; none given means no owners); credentials and datasets are used only when named in `refs`.
 */
export async function seedDemoApps(
  tx: DbTx,
  orgId: string,
  ownerIds: string[],
  refs: { credentialIdByProvider: Record<string, string>; datasetIdByName: Record<string, string> },
): Promise<Record<string, string>> {
  const credentialFor = (provider: string) =>
    refs.credentialIdByProvider[provider] ?? refs.credentialIdByProvider[PROVIDER_ALIASES[provider] ?? ""] ?? null;
  const ownerFor = (index: number | null) => (index === null || ownerIds.length === 0 ? null : ownerIds[index % ownerIds.length]!);
  const appIdByName: Record<string, string> = {};
  for (const { owner, usages, stores, ...fields } of APPS) {
    const app = await tx.llmApp.create({
      data: {
        ...fields,
        orgId,
        ownerId: ownerFor(owner),
        modelUsages: { create: usages.map((u) => ({ orgId, ...u, viaGateway: u.viaGateway ?? false, credentialId: credentialFor(u.provider) })) },
        dataStores: { create: stores.map((s) => ({ orgId, kind: s.kind, name: s.name, datasetId: s.dataset ? (refs.datasetIdByName[s.dataset] ?? null) : null })) },
      },
      select: { id: true },
    });
    appIdByName[fields.name] = app.id;
    await tx.auditEvent.create({
      data: {
        orgId, actorType: "SYSTEM", actorLabel: "seed", action: "app.created", resourceType: "llm_app", resourceId: app.id,
        summary: { name: fields.name, lifecycle: fields.lifecycle ?? null, modelUsages: usages.map((u) => ({ provider: u.provider, modelId: u.modelId })) },
      },
    });
  }
  return appIdByName;
}
