import { describe, expect, it } from "vitest";
import { BUILTIN_PRICES } from "./catalog";
import { canonicalModel, costOf, priceFor } from "./price";
import type { PriceRow } from "./types";

const builtin: PriceRow[] = BUILTIN_PRICES.map((p) => ({ ...p, id: null, origin: "builtin" }));
const at = new Date("2026-01-15T12:00:00Z");
const price = (provider: string, model: string | null | (string | null)[], when = at, rows = builtin) => {
  const row = priceFor(rows, provider, model, when);
  return row ? [row.model, row.inputPerMTokUsd, row.outputPerMTokUsd, row.origin] : null;
};

describe("priceFor", () => {
  it("matches exact ids and dated or versioned variants to the longest catalog id", () => {
    expect(price("openai", "gpt-4o")).toEqual(["gpt-4o", 2.5, 10, "builtin"]);
    expect(price("openai", "gpt-4o-2024-08-06")).toEqual(["gpt-4o", 2.5, 10, "builtin"]);
    expect(price("openai", "GPT-4o-mini-2024-07-18")).toEqual(["gpt-4o-mini", 0.15, 0.6, "builtin"]);
    expect(price("openai", "gpt-4.1-nano-2025-04-14")).toEqual(["gpt-4.1-nano", 0.1, 0.4, "builtin"]);
    expect(price("openai", "o3-mini-2025-01-31")?.[0]).toBe("o3-mini");
    expect(price("anthropic", "claude-3-5-sonnet-20241022")?.[0]).toBe("claude-3-5-sonnet");
    expect(price("anthropic", "claude-sonnet-4-5-20250929")?.[0]).toBe("claude-sonnet-4-5");
    expect(price("anthropic", "claude-3-5-haiku-latest")?.[0]).toBe("claude-3-5-haiku");
    expect(price("gcp.gemini", "models/gemini-2.5-flash")?.[0]).toBe("gemini-2.5-flash");
    expect(price("gcp.gemini", "gemini-2.0-flash-001")?.[0]).toBe("gemini-2.0-flash");
    expect(price("mistral_ai", "mistral-large-latest")?.[0]).toBe("mistral-large");
    expect(price("groq", "meta-llama/llama-4-scout-17b-16e-instruct")?.[0]).toBe("llama-4-scout-17b-16e-instruct");
  });

  it("does not treat a different model as a variant", () => {
    expect(price("openai", "gpt-4o")?.[0]).not.toBe("gpt-4");
    expect(price("openai", "gpt-5.9")).toBeNull(); // "." is part of the version, not a suffix
    expect(price("openai", "gpt-4oo")).toBeNull();
    expect(price("openai", "totally-unknown")).toBeNull();
    expect(price("openai", null)).toBeNull();
    expect(price("unknown-provider", "gpt-4o")).toBeNull();
  });

  it("resolves Bedrock ids, inference profiles and ARNs, with Claude at Anthropic's price", () => {
    expect(price("aws.bedrock", "anthropic.claude-3-haiku-20240307-v1:0")).toEqual(["claude-3-haiku", 0.25, 1.25, "builtin"]);
    expect(price("aws.bedrock", "us.anthropic.claude-3-5-sonnet-20241022-v2:0")?.[0]).toBe("claude-3-5-sonnet");
    expect(price("aws.bedrock", "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-7-sonnet-20250219-v1:0")?.[0]).toBe("claude-3-7-sonnet");
    expect(price("aws.bedrock", "meta.llama3-1-70b-instruct-v1:0")).toEqual(["llama3-1-70b-instruct", 0.72, 0.72, "builtin"]);
    expect(price("aws.bedrock", "amazon.nova-pro-v1:0")?.[0]).toBe("nova-pro");
    expect(price("aws.bedrock", "amazon.titan-embed-text-v2:0")?.[0]).toBe("titan-embed-text-v2");
    expect(price("aws.bedrock", "amazon.titan-embed-text-v1")?.[0]).toBe("titan-embed-text");
    expect(canonicalModel("apac.amazon.nova-lite-v1:0")).toBe("nova-lite-v1:0");
  });

  it("prices Azure OpenAI and Vertex AI through their model's provider; a deployment falls back to the next candidate", () => {
    expect(price("azure.ai.openai", "gpt-4o-2024-11-20")?.[0]).toBe("gpt-4o");
    expect(price("azure.ai.openai", ["my-chat-deployment", "gpt-4o-mini"])?.[0]).toBe("gpt-4o-mini");
    expect(price("azure.ai.openai", [null, "gpt-4.1-prod-eastus"])?.[0]).toBe("gpt-4.1");
    expect(price("gcp.vertex_ai", "claude-3-5-sonnet-v2@20241022")?.[0]).toBe("claude-3-5-sonnet");
    expect(price("gcp.vertex_ai", "publishers/google/models/gemini-1.5-pro-002")?.[0]).toBe("gemini-1.5-pro");
  });

  it("takes the latest effectiveFrom on or before the call", () => {
    expect(price("openai", "gpt-4o", new Date("2024-06-01T00:00:00Z"))).toEqual(["gpt-4o", 5, 15, "builtin"]);
    expect(price("openai", "o3", new Date("2025-05-01T00:00:00Z"))?.slice(1, 3)).toEqual([10, 40]);
    expect(price("openai", "o3", new Date("2025-06-10T00:00:00Z"))?.slice(1, 3)).toEqual([2, 8]);
    expect(price("openai", "gpt-4o", new Date("2020-01-01T00:00:00Z"))).toBeNull();
    expect(price("openai", "gpt-4o", new Date("nope"))).toBeNull();
  });

  it("prefers the org's row over the built-in one, the most specific id first", () => {
    const org = (model: string, input: number, from: string): PriceRow => ({ id: crypto.randomUUID(), origin: "org", provider: "openai", model, inputPerMTokUsd: input, outputPerMTokUsd: 1, effectiveFrom: from, note: "" });
    const rows = [...builtin, org("gpt-4o", 1, "2025-01-01"), org("gpt-4o", 0.5, "2025-06-01"), org("gpt-4o-2024-08-06", 9, "2024-01-01")];
    expect(price("openai", "gpt-4o", new Date("2025-03-01T00:00:00Z"), rows)).toEqual(["gpt-4o", 1, 1, "org"]);
    expect(price("openai", "gpt-4o-2024-11-20", new Date("2025-07-01T00:00:00Z"), rows)).toEqual(["gpt-4o", 0.5, 1, "org"]);
    expect(price("openai", "gpt-4o", new Date("2024-12-01T00:00:00Z"), rows)).toEqual(["gpt-4o", 2.5, 10, "builtin"]); // before the override
    expect(price("openai", "gpt-4o-2024-08-06", at, rows)).toEqual(["gpt-4o-2024-08-06", 9, 1, "org"]);
  });
});

describe("costOf", () => {
  it("turns tokens into USD to 6 decimals without float drift", () => {
    expect(costOf({ inputPerMTokUsd: 2.5, outputPerMTokUsd: 10 }, 1_000, 500)).toBe(0.0075);
    expect(costOf({ inputPerMTokUsd: 0.15, outputPerMTokUsd: 0.6 }, 3, 7)).toBe(0.000005); // 0.00000465 rounds up
    expect(costOf({ inputPerMTokUsd: 0.1, outputPerMTokUsd: 0.2 }, 1_000_000, 1_000_000)).toBe(0.3);
    expect(costOf({ inputPerMTokUsd: 15, outputPerMTokUsd: 75 }, 2_000_000_000, 0)).toBe(30_000);
    expect(costOf({ inputPerMTokUsd: 1, outputPerMTokUsd: 1 }, null, 1_000_000)).toBe(1);
  });

  it("is null without a price or without tokens", () => {
    expect(costOf(null, 10, 10)).toBeNull();
    expect(costOf({ inputPerMTokUsd: 1, outputPerMTokUsd: 1 }, null, undefined)).toBeNull();
  });
});

describe("catalog", () => {
  it("has well-formed, unique rows", () => {
    const keys = new Set<string>();
    for (const p of BUILTIN_PRICES) {
      expect(p.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.inputPerMTokUsd).toBeGreaterThanOrEqual(0);
      expect(p.outputPerMTokUsd).toBeGreaterThanOrEqual(0);
      expect(p.model).toBe(canonicalModel(p.model));
      const key = `${p.provider}|${p.model}|${p.effectiveFrom}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });
});
