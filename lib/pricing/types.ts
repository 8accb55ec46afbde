// A price row: USD per million tokens for one model of one provider, from a date on. Built-in rows come from
// catalog.ts; an organization's rows (model_prices) override them. Pure types, shared by server and UI.

/** OpenTelemetry gen_ai.provider.name values the catalog prices. Org rows may name others. */
export const KNOWN_PROVIDERS = [
  "openai", "anthropic", "aws.bedrock", "azure.ai.openai", "gcp.vertex_ai", "gcp.gemini", "mistral_ai", "cohere", "groq", "deepseek", "x_ai",
] as const;

export type PriceOrigin = "builtin" | "org";

export type PriceRow = {
  /** The model_prices row id; null for built-in rows. */
  id: string | null;
  origin: PriceOrigin;
  provider: string;
  model: string;
  inputPerMTokUsd: number;
  outputPerMTokUsd: number;
  /** YYYY-MM-DD (UTC): the price applies to calls on or after this day. */
  effectiveFrom: string;
  note: string;
};

export type BuiltinPrice = Omit<PriceRow, "id" | "origin">;
