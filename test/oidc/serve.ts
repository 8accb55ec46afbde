// CLI: start the test OIDC provider from env vars.
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI (comma-separated for several),
//   OIDC_USERS_FILE (JSON array of OidcTestUser), optional OIDC_HOST (default 127.0.0.1).
// Usage: npx tsx test/oidc/serve.ts
import { readFileSync } from "node:fs";
import { startOidcProvider, type OidcTestUser } from "./provider";

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
