import pino from "pino";

// Credentials never reach the log: these paths are censored wherever they appear.
const REDACT = [
  "password", "*.password", "secret", "*.secret", "token", "*.token", "authorization", "*.authorization",
  "cookie", "*.cookie", "headers.authorization", "headers.cookie", "*.clientSecret", "*.passwordHash", "*.secretHash",
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: { paths: REDACT, censor: "[redacted]" },
  base: { service: process.env.SERVICE_NAME ?? (process.argv.some((a) => a.includes("workers/")) ? "worker" : "web") },
});
