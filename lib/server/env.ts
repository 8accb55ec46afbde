import { z } from "zod";

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  DATABASE_POOL_MAX: int(10),
  REDIS_URL: z.string().min(1).default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9-]+$/).default("llmsecops"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().max(255).optional(),
  OIDC_CLIENT_SECRET: z.string().max(1024).optional(),
  OUTBOUND_ALLOW_HOSTS: z.string().max(2000).optional(),
  OIDC_DISPLAY_NAME: z.string().max(60).default("SSO"),
  SESSION_IDLE_MINUTES: int(30),
  SESSION_MAX_HOURS: int(12),
  LOGIN_MAX_FAILURES_PER_IP: int(20),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(10),
  LOGIN_WINDOW_SECONDS: int(900),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WORKER_SHUTDOWN_TIMEOUT_MS: int(20_000),
  /** The worker's CPU niceness (0-19, 0 = as the other processes): background jobs yield CPU to the API and the gateway. */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(0),
  /** Each org's API budget (lib/server/api-rate-limit.ts). */
  API_RATE_LIMIT_PER_MINUTE: int(6_000),
  /** Each org's requests handled at once per web process; more wait in its queue (lib/server/api-rate-limit.ts). */
  API_MAX_RUNNING_PER_ORG: int(4),
  /** Each org's requests handled or waiting per web process (lib/server/api-rate-limit.ts). */
  API_MAX_IN_FLIGHT_PER_ORG: int(16),
  /** How long a request waits for its org's turn before a 429 (lib/server/api-rate-limit.ts). */
  API_MAX_WAIT_MS: int(10_000),
  /** How long the front server holds a penalized credential's 429, at most (lib/server/front-door.ts); 0 answers at once. */
  API_REFUSAL_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parsed and validated on first use, so `next build` never needs runtime secrets. */
export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const oidcConfigured = (e: Env = env()) => Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
