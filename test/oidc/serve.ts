// CLI: start the test OIDC provider from env vars.
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI (comma-separated for several),
//   OIDC_USERS_FILE (JSON array of OidcTestUser), optional OIDC_HOST (default 127.0.0.1),
//   optional OIDC_EXTRA_CLIENTS (JSON array of {clientId, clientSecret, redirectUris}),
//   optional OIDC_ACCESS_TOKEN_TTL / OIDC_REFRESH_TOKEN_TTL (seconds).
// Usage: npx tsx test/oidc/serve.ts
import { readFileSync } from "node:fs";
import { startOidcProvider, type OidcTestClient, type OidcTestUser } from "./provider";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing required env var ${name}`);
  return value;
}

function loadUsers(file: string): OidcTestUser[] {
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of users`);
  return data.map((u: Record<string, unknown>, i) => {
    const { sub, email, emailVerified, name, password } = u;
    if (typeof sub !== "string" || typeof email !== "string" || typeof password !== "string") {
      throw new Error(`${file}[${i}]: sub, email and password must be strings`);
    }
    return { sub, email, password, emailVerified: emailVerified === true, name: typeof name === "string" ? name : email };
  });
}

function parseExtraClients(json: string | undefined): OidcTestClient[] {
  if (!json) return [];
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error("OIDC_EXTRA_CLIENTS: expected a JSON array of clients");
  return data.map((c: Record<string, unknown>, i) => {
    const { clientId, clientSecret, redirectUris } = c;
    if (typeof clientId !== "string" || typeof clientSecret !== "string" || !Array.isArray(redirectUris) || !redirectUris.every((u) => typeof u === "string")) {
      throw new Error(`OIDC_EXTRA_CLIENTS[${i}]: clientId and clientSecret must be strings, redirectUris an array of strings`);
    }
    return { clientId, clientSecret, redirectUris: redirectUris as string[] };
  });
}

function optionalSeconds(name: string): number | undefined {
  const value = process.env[name];
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`${name} must be a positive number of seconds`);
  return seconds;
}

async function main(): Promise<void> {
  const port = Number(env("OIDC_PORT"));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("OIDC_PORT must be a port number");
  const { issuer, close } = await startOidcProvider({
    port,
    host: process.env.OIDC_HOST || undefined,
    clientId: env("OIDC_CLIENT_ID"),
    clientSecret: env("OIDC_CLIENT_SECRET"),
    redirectUris: env("OIDC_REDIRECT_URI").split(",").map((s) => s.trim()).filter(Boolean),
    users: loadUsers(env("OIDC_USERS_FILE")),
    extraClients: parseExtraClients(process.env.OIDC_EXTRA_CLIENTS),
    ttl: { accessToken: optionalSeconds("OIDC_ACCESS_TOKEN_TTL"), refreshToken: optionalSeconds("OIDC_REFRESH_TOKEN_TTL") },
  });
  console.log(`oidc provider ready at ${issuer}`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`oidc provider: error while closing on ${signal}`, err);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((err: unknown) => {
  console.error("oidc provider failed to start:", err);
  process.exit(1);
});
