// Turning usage into cost (pure). priceFor picks, for a provider and a model id as logs spell it, the most
// specific matching row: an exact id beats a prefix (dated or versioned variants such as gpt-4o-2024-08-06 →
// gpt-4o, claude-3-5-sonnet-20241022 → claude-3-5-sonnet); for that id an organization's row beats the built-in
// one; among those, the latest effectiveFrom on or before the call.
import type { PriceRow } from "./types";

/** Where a provider's models are also priced: Claude on Bedrock/Vertex at Anthropic's list price, Azure OpenAI at OpenAI's. */
const FALLBACK_PROVIDERS: Record<string, readonly string[]> = {
  "aws.bedrock": ["anthropic"],
  "azure.ai.openai": ["openai"],
  "az.ai.openai": ["openai"],
  "gcp.vertex_ai": ["gcp.gemini", "anthropic"],
  "gcp.gen_ai": ["gcp.gemini"],
};

const REGION_PREFIX = /^(?:us|eu|apac|ap|us-gov|ca|jp|au|global)\./;
const VENDOR_PREFIX = /^(?:anthropic|meta|amazon|mistral|cohere|ai21|deepseek|openai|qwen|writer|stability)\./;

/** A model id as the catalog spells it: lower case, last path segment, without Bedrock region/vendor prefixes. */
export function canonicalModel(model: string): string {
  let id = model.trim().toLowerCase();
  id = id.slice(id.lastIndexOf("/") + 1); // ARNs, "models/gemini-…", "publishers/google/models/…", "openai/gpt-oss-…"
  id = id.replace(REGION_PREFIX, "").replace(VENDOR_PREFIX, "");
  return id;
}

/** `prefix` names `id` or a variant of it: the next character separates a version, date or deployment suffix. */
const isVariantOf = (id: string, prefix: string) => id === prefix || (id.startsWith(prefix) && "-:@_".includes(id[prefix.length]!));

type Index = Map<string, Map<string, PriceRow[]>>; // provider → canonical model → rows
const indexes = new WeakMap<readonly PriceRow[], Index>();

function indexOf(prices: readonly PriceRow[]): Index {
  let index = indexes.get(prices);
  if (index) return index;
  index = new Map();
  for (const row of prices) {
    const provider = row.provider.toLowerCase();
    const byModel = index.get(provider) ?? new Map<string, PriceRow[]>();
    const model = canonicalModel(row.model);
    byModel.set(model, [...(byModel.get(model) ?? []), row]);
    index.set(provider, byModel);
  }
  indexes.set(prices, index);
  return index;
}

/** The longest catalog id that the model id is, or is a variant of. */
function matchModel(byModel: Map<string, PriceRow[]>, id: string): PriceRow[] | null {
  const exact = byModel.get(id);
  if (exact) return exact;
  let best: string | null = null;
  for (const key of byModel.keys()) if (isVariantOf(id, key) && (best === null || key.length > best.length)) best = key;
  return best === null ? null : byModel.get(best)!;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

function effective(rows: readonly PriceRow[], at: Date): PriceRow | null {
  const when = day(at);
  const pick = (origin: PriceRow["origin"]) =>
    rows.filter((r) => r.origin === origin && r.effectiveFrom <= when).reduce<PriceRow | null>((best, r) => (!best || r.effectiveFrom > best.effectiveFrom ? r : best), null);
  return pick("org") ?? pick("builtin");
}

/**
 * The price of a call. `model` may list candidates tried in order (e.g. the response model, then the request
 * model, which for Azure is often a deployment name): the first one that resolves wins.
 */
export function priceFor(
  prices: readonly PriceRow[],
  provider: string,
  model: string | null | undefined | readonly (string | null | undefined)[],
  at: Date,
): PriceRow | null {
  if (Number.isNaN(at.getTime())) return null;
  const index = indexOf(prices);
  const candidates = (Array.isArray(model) ? model : [model]).filter((m): m is string => typeof m === "string" && m.trim() !== "").map(canonicalModel);
  const own = provider.trim().toLowerCase();
  for (const id of candidates) {
    for (const p of [own, ...(FALLBACK_PROVIDERS[own] ?? [])]) {
      const byModel = index.get(p);
      const rows = byModel ? matchModel(byModel, id) : null;
      const row = rows ? effective(rows, at) : null;
      if (row) return row;
    }
  }
  return null;
}

/** USD to 6 decimals (llm_events.cost_usd), exact: integer micro-dollar arithmetic. Null without a price or tokens. */
export function costOf(price: Pick<PriceRow, "inputPerMTokUsd" | "outputPerMTokUsd"> | null, inputTokens: number | null | undefined, outputTokens: number | null | undefined): number | null {
  if (!price || (inputTokens == null && outputTokens == null)) return null;
  const micro = (perMTok: number) => BigInt(Math.round(perMTok * 1e6)); // µUSD per million tokens
  const tokens = (n: number | null | undefined) => BigInt(Math.max(0, Math.trunc(n ?? 0)));
  const microUsdTimesMillion = tokens(inputTokens) * micro(price.inputPerMTokUsd) + tokens(outputTokens) * micro(price.outputPerMTokUsd);
  const microUsd = (microUsdTimesMillion + 500_000n) / 1_000_000n; // round half up
  return Number(microUsd) / 1e6;
}
