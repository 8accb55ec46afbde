import { createHmac } from "node:crypto";
import pg from "pg";
import { say } from "./log";

// The login roles the console connects as (created by the row_level_security migration): the tenant role under
// row-level security and the system role (BYPASSRLS). Migrations run as the server's owner role.
export const DB_ROLES = { tenant: "llmsecops_app", system: "llmsecops_system" } as const;

export type DatabaseUrls = {
  /** The owner (migrations, benches' ANALYZE, test harness). */
  owner: string;
  /** DATABASE_URL of the console: the tenant role. */
  app: string;
  /** DATABASE_SYSTEM_URL of the console. */
  system: string;
};

// Derived from the owner's password, so nothing new has to be stored and the roles' passwords reveal nothing
// about the owner's.
const rolePassword = (ownerUrl: string, role: string) =>
  createHmac("sha256", decodeURIComponent(new URL(ownerUrl).password) || "llmsecops").update(`pg-role:${role}`).digest("base64url");

export function urlAsRole(ownerUrl: string, role: string): string {
  const u = new URL(ownerUrl);
  u.username = role;
  u.password = rolePassword(ownerUrl, role);
  return u.toString();
}

export function databaseUrls(ownerUrl: string): DatabaseUrls {
  return { owner: ownerUrl, app: urlAsRole(ownerUrl, DB_ROLES.tenant), system: urlAsRole(ownerUrl, DB_ROLES.system) };
}

/**
 * Gives the console roles their passwords (after the migration created them). An owner that may not alter roles
 * (a managed server whose admin provisions them) keeps its own URL for both: the console then runs as the owner,
 * which row-level security does not restrict when it is a superuser; said out loud.
 */
export async function setRolePasswords(ownerUrl: string): Promise<DatabaseUrls> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const role of Object.values(DB_ROLES)) {
      // ALTER ROLE takes no bind parameters; the password is base64url (no quotes possible).
      await client.query(`ALTER ROLE ${role} PASSWORD '${rolePassword(ownerUrl, role)}'`);
    }
    return databaseUrls(ownerUrl);
  } catch (error) {
    say("postgres", `could not set the console roles' passwords (${String(error)}): connecting as the owner`);
    return { owner: ownerUrl, app: ownerUrl, system: ownerUrl };
  } finally {
    await client.end();
  }
}

/**
 * ANALYZE (some tables, or the whole database) as the owner: the console's roles own no tables. With vacuum, VACUUM
 * (ANALYZE): what autovacuum does to a table some time after bulk inserts (sets the visibility map, so index-only
 * scans skip the heap); benchmarks that seed and then measure at once would otherwise measure a state that passes.
 */
export async function analyzeAsOwner(ownerUrl: string, tables: string[] = [], { vacuum = false } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const command = vacuum ? "VACUUM (ANALYZE)" : "ANALYZE";
    if (!tables.length) await client.query(command);
    for (const table of tables) await client.query(`${command} "${table.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
