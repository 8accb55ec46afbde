// Which integrations can be pulled, from where, and how often. Plain data shared by the use cases and the UI.

export const PULL_PROVIDERS = ["openai", "anthropic"] as const;
export type PullProvider = (typeof PULL_PROVIDERS)[number];

/** The ingest source (parser) each provider's pulled pages are stored under. */
export const PULL_SOURCE: Record<PullProvider, "openai-audit" | "anthropic-usage"> = {
  openai: "openai-audit",
  anthropic: "anthropic-usage",
};

/** Same defaults as the integration presets: OpenAI's base URL includes /v1, Anthropic's does not. */
export const DEFAULT_BASE_URL: Record<PullProvider, string> = {
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com",
};

/**
 * The organization admin key is stored as the integration's `api_key` (the only manual key purpose an LLM
 * provider integration has). An `admin_key` purpose, once declared by the integrations domain, is preferred.
 */
export const PULL_KEY_PURPOSES = ["admin_key", "api_key"] as const;

export const isPullProvider = (provider: string): provider is PullProvider => (PULL_PROVIDERS as readonly string[]).includes(provider);

/** The first pull of an integration reaches back this far. */
export const INITIAL_LOOKBACK_MS = 7 * 86_400_000;
/** Scheduled pulls run at most this often per integration. */
export const PULL_INTERVAL_MS = Number(process.env.CONNECTOR_PULL_INTERVAL_MINUTES ?? 60) * 60_000;
/** One pull holds the integration this long at most (another pull meanwhile is refused). */
export const PULL_LEASE_MS = 10 * 60_000;
/** Pages fetched per stream in one pull; the rest is fetched by the next pull from the saved cursor. */
export const MAX_PAGES_PER_PULL = 50;
/** Usage buckets are pulled only once closed for this long, so a bucket is never stored half-filled. */
export const USAGE_SETTLE_MS = 15 * 60_000;
export const ANTHROPIC_VERSION = "2023-06-01";
