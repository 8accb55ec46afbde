// The built-in price list: USD per million tokens (standard/on-demand tier, text, no caching or batch discounts).
// Rows are never edited in place: a price change is a new row with a later effectiveFrom, so past usage keeps its
// price. Organizations override rows through model_prices. `note` says where each price came from:
// "verified" = checked on the date below against a published price page found with the search tool (provider
// docs where available, else price pages that quote them); "from memory" = not re-checked, override if it differs.
import type { BuiltinPrice } from "./types";

export const CATALOG_CHECKED_ON = "2026-11-26";

const V_OPENAI = "verified: OpenAI list price as quoted by price pages citing platform.openai.com/docs/pricing";
const V_ANTHROPIC = "verified: platform.claude.com model pages / pricing";
const V_GEMINI = "verified: Gemini API list price (ai.google.dev/gemini-api/docs/pricing, quoted); prompts ≤200K tokens";
const MEMORY = "from memory: not re-checked; override if your invoice differs";

type Row = [provider: string, model: string, input: number, output: number, effectiveFrom: string, note: string];

const ROWS: Row[] = [
  // OpenAI (Azure OpenAI global deployments fall back to these, see price.ts)
  ["openai", "gpt-4o", 5, 15, "2024-05-13", MEMORY],
  ["openai", "gpt-4o", 2.5, 10, "2024-10-02", V_OPENAI],
  ["openai", "gpt-4o-mini", 0.15, 0.6, "2024-07-18", V_OPENAI],
  ["openai", "gpt-4.1", 2, 8, "2025-04-14", V_OPENAI],
  ["openai", "gpt-4.1-mini", 0.4, 1.6, "2025-04-14", V_OPENAI],
  ["openai", "gpt-4.1-nano", 0.1, 0.4, "2025-04-14", V_OPENAI],
  ["openai", "gpt-4-turbo", 10, 30, "2023-11-06", MEMORY],
  ["openai", "gpt-4", 30, 60, "2023-03-14", MEMORY],
  ["openai", "gpt-3.5-turbo", 0.5, 1.5, "2024-01-25", V_OPENAI],
  ["openai", "o1", 15, 60, "2024-12-17", V_OPENAI],
  ["openai", "o1-mini", 1.1, 4.4, "2024-09-12", MEMORY],
  ["openai", "o3", 10, 40, "2025-04-16", MEMORY],
  ["openai", "o3", 2, 8, "2025-06-10", V_OPENAI],
  ["openai", "o3-pro", 20, 80, "2025-06-10", MEMORY],
  ["openai", "o3-mini", 1.1, 4.4, "2025-01-31", V_OPENAI],
  ["openai", "o4-mini", 1.1, 4.4, "2025-04-16", V_OPENAI],
  ["openai", "gpt-5", 1.25, 10, "2025-08-07", V_OPENAI],
  ["openai", "gpt-5-mini", 0.25, 2, "2025-08-07", V_OPENAI],
  ["openai", "gpt-5-nano", 0.05, 0.4, "2025-08-07", V_OPENAI],
  ["openai", "gpt-5-pro", 15, 120, "2025-10-06", `${V_OPENAI}; effective date from memory`],
  ["openai", "gpt-5.1", 1.25, 10, "2025-11-13", `${V_OPENAI}; effective date from memory`],
  ["openai", "gpt-5.2", 1.75, 14, "2025-12-11", `${V_OPENAI}; effective date from memory`],
  ["openai", "gpt-5.2-pro", 21, 168, "2025-12-11", `${V_OPENAI}; effective date from memory`],
  ["openai", "gpt-5.4", 2.5, 15, "2026-03-05", `${V_OPENAI}; context ≤270K`],
  ["openai", "gpt-5.4-mini", 0.75, 4.5, "2026-03-17", V_OPENAI],
  ["openai", "gpt-5.4-nano", 0.2, 1.25, "2026-03-17", V_OPENAI],
  ["openai", "text-embedding-3-small", 0.02, 0, "2024-01-25", V_OPENAI],
  ["openai", "text-embedding-3-large", 0.13, 0, "2024-01-25", MEMORY],
  // Anthropic (Claude on Bedrock and Vertex AI falls back to these list prices)
  ["anthropic", "claude-3-opus", 15, 75, "2024-03-04", V_ANTHROPIC],
  ["anthropic", "claude-3-sonnet", 3, 15, "2024-03-04", MEMORY],
  ["anthropic", "claude-3-haiku", 0.25, 1.25, "2024-03-07", V_ANTHROPIC],
  ["anthropic", "claude-3-5-sonnet", 3, 15, "2024-06-20", V_ANTHROPIC],
  ["anthropic", "claude-3-5-haiku", 0.8, 4, "2024-11-04", V_ANTHROPIC],
  ["anthropic", "claude-3-7-sonnet", 3, 15, "2025-02-24", V_ANTHROPIC],
  ["anthropic", "claude-sonnet-4", 3, 15, "2025-05-22", V_ANTHROPIC],
  ["anthropic", "claude-opus-4", 15, 75, "2025-05-22", V_ANTHROPIC],
  ["anthropic", "claude-opus-4-1", 15, 75, "2025-08-05", V_ANTHROPIC],
  ["anthropic", "claude-sonnet-4-5", 3, 15, "2025-09-29", V_ANTHROPIC],
  ["anthropic", "claude-haiku-4-5", 1, 5, "2025-10-01", V_ANTHROPIC],
  ["anthropic", "claude-opus-4-5", 5, 25, "2025-11-24", V_ANTHROPIC],
  ["anthropic", "claude-opus-4-6", 5, 25, "2026-02-05", V_ANTHROPIC],
  ["anthropic", "claude-sonnet-5", 2, 10, "2026-02-05", `${V_ANTHROPIC}; model id and effective date not verified`],
  ["anthropic", "claude-opus-5", 5, 25, "2026-07-24", V_ANTHROPIC],
  ["anthropic", "claude-opus-5-5", 4, 20, "2026-07-24", `${V_ANTHROPIC}; model id and effective date not verified`],
  ["anthropic", "claude-sonnet-5-5", 2, 10, "2026-07-24", `${V_ANTHROPIC}; effective date not verified`],
  ["anthropic", "claude-haiku-5-5", 0.1, 0.5, "2026-07-24", `${V_ANTHROPIC}; prompts ≤100K tokens (longer prompts cost more); effective date not verified`],
  // Google Gemini API (Vertex AI Gemini falls back to these)
  ["gcp.gemini", "gemini-1.5-pro", 1.25, 5, "2024-10-01", `${MEMORY}; prompts ≤128K tokens`],
  ["gcp.gemini", "gemini-1.5-flash", 0.075, 0.3, "2024-08-12", `${MEMORY}; prompts ≤128K tokens`],
  ["gcp.gemini", "gemini-1.5-flash-8b", 0.0375, 0.15, "2024-10-03", MEMORY],
  ["gcp.gemini", "gemini-2.0-flash", 0.1, 0.4, "2025-02-05", MEMORY],
  ["gcp.gemini", "gemini-2.0-flash-lite", 0.075, 0.3, "2025-02-25", MEMORY],
  ["gcp.gemini", "gemini-2.5-pro", 1.25, 10, "2025-06-17", V_GEMINI],
  ["gcp.gemini", "gemini-2.5-flash", 0.3, 2.5, "2025-06-17", V_GEMINI],
  ["gcp.gemini", "gemini-2.5-flash-lite", 0.1, 0.4, "2025-07-22", `${V_GEMINI}; output price from memory`],
  // Amazon Bedrock on-demand (us-east-1); Claude on Bedrock uses the Anthropic rows
  ["aws.bedrock", "nova-micro", 0.035, 0.14, "2024-12-03", MEMORY],
  ["aws.bedrock", "nova-lite", 0.06, 0.24, "2024-12-03", MEMORY],
  ["aws.bedrock", "nova-pro", 0.8, 3.2, "2024-12-03", MEMORY],
  ["aws.bedrock", "nova-premier", 2.5, 12.5, "2025-04-30", MEMORY],
  ["aws.bedrock", "titan-text-lite", 0.15, 0.2, "2023-09-28", MEMORY],
  ["aws.bedrock", "titan-text-express", 0.2, 0.6, "2023-09-28", MEMORY],
  ["aws.bedrock", "titan-text-premier", 0.5, 1.5, "2024-05-07", MEMORY],
  ["aws.bedrock", "titan-embed-text", 0.1, 0, "2023-09-28", MEMORY],
  ["aws.bedrock", "titan-embed-text-v2", 0.02, 0, "2024-04-30", MEMORY],
  ["aws.bedrock", "llama3-8b-instruct", 0.3, 0.6, "2024-04-23", MEMORY],
  ["aws.bedrock", "llama3-70b-instruct", 2.65, 3.5, "2024-04-23", MEMORY],
  ["aws.bedrock", "llama3-1-8b-instruct", 0.22, 0.22, "2024-07-23", MEMORY],
  ["aws.bedrock", "llama3-1-70b-instruct", 0.72, 0.72, "2024-07-23", MEMORY],
  ["aws.bedrock", "llama3-1-405b-instruct", 2.4, 2.4, "2024-07-23", MEMORY],
  ["aws.bedrock", "llama3-2-1b-instruct", 0.1, 0.1, "2024-09-25", MEMORY],
  ["aws.bedrock", "llama3-2-3b-instruct", 0.15, 0.15, "2024-09-25", MEMORY],
  ["aws.bedrock", "llama3-2-11b-instruct", 0.16, 0.16, "2024-09-25", MEMORY],
  ["aws.bedrock", "llama3-2-90b-instruct", 0.72, 0.72, "2024-09-25", MEMORY],
  ["aws.bedrock", "llama3-3-70b-instruct", 0.72, 0.72, "2024-12-19", MEMORY],
  ["aws.bedrock", "llama4-scout-17b-instruct", 0.17, 0.66, "2025-04-28", MEMORY],
  ["aws.bedrock", "llama4-maverick-17b-instruct", 0.24, 0.97, "2025-04-28", MEMORY],
  ["aws.bedrock", "mistral-7b-instruct", 0.15, 0.2, "2024-03-01", MEMORY],
  ["aws.bedrock", "mixtral-8x7b-instruct", 0.45, 0.7, "2024-03-01", MEMORY],
  ["aws.bedrock", "mistral-large-2402", 4, 12, "2024-04-02", MEMORY],
  // Mistral La Plateforme (ids match "-latest" aliases and dated versions by prefix)
  ["mistral_ai", "mistral-large", 2, 6, "2024-11-18", MEMORY],
  ["mistral_ai", "mistral-medium", 0.4, 2, "2025-05-07", MEMORY],
  ["mistral_ai", "mistral-small", 0.1, 0.3, "2025-03-17", MEMORY],
  ["mistral_ai", "codestral", 0.3, 0.9, "2025-01-13", MEMORY],
  ["mistral_ai", "ministral-8b", 0.1, 0.1, "2024-10-16", MEMORY],
  ["mistral_ai", "ministral-3b", 0.04, 0.04, "2024-10-16", MEMORY],
  ["mistral_ai", "open-mistral-nemo", 0.15, 0.15, "2024-07-18", MEMORY],
  ["mistral_ai", "pixtral-large", 2, 6, "2024-11-18", MEMORY],
  ["mistral_ai", "mistral-embed", 0.1, 0, "2023-12-11", MEMORY],
  // Cohere
  ["cohere", "command-r", 0.15, 0.6, "2024-08-30", MEMORY],
  ["cohere", "command-r-plus", 2.5, 10, "2024-08-30", MEMORY],
  ["cohere", "command-r7b", 0.0375, 0.15, "2024-12-13", MEMORY],
  ["cohere", "command-a", 2.5, 10, "2025-03-13", MEMORY],
  // Groq
  ["groq", "llama-3.1-8b-instant", 0.05, 0.08, "2024-07-23", MEMORY],
  ["groq", "llama-3.3-70b-versatile", 0.59, 0.79, "2024-12-06", MEMORY],
  ["groq", "llama-4-scout-17b-16e-instruct", 0.11, 0.34, "2025-04-05", MEMORY],
  ["groq", "gpt-oss-20b", 0.1, 0.5, "2025-08-05", MEMORY],
  ["groq", "gpt-oss-120b", 0.15, 0.75, "2025-08-05", MEMORY],
  // DeepSeek (cache-miss input price)
  ["deepseek", "deepseek-chat", 0.27, 1.1, "2025-02-09", MEMORY],
  ["deepseek", "deepseek-reasoner", 0.55, 2.19, "2025-01-20", MEMORY],
  ["deepseek", "deepseek-chat", 0.28, 0.42, "2025-09-29", MEMORY],
  ["deepseek", "deepseek-reasoner", 0.28, 0.42, "2025-09-29", MEMORY],
  // xAI
  ["x_ai", "grok-3", 3, 15, "2025-04-09", MEMORY],
  ["x_ai", "grok-3-mini", 0.3, 0.5, "2025-04-09", MEMORY],
  ["x_ai", "grok-4", 3, 15, "2025-07-09", MEMORY],
];

export const BUILTIN_PRICES: readonly BuiltinPrice[] = ROWS.map(([provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom, note]) => ({
  provider, model, inputPerMTokUsd, outputPerMTokUsd, effectiveFrom, note: (note.startsWith("verified") ? `${note} (checked ${CATALOG_CHECKED_ON})` : note).slice(0, 300),
}));
