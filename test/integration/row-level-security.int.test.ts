// Tenant isolation in the database itself: every table with an org_id column has row-level security ENABLEd and
// FORCEd with a policy on the connection's org; the console connects as a role that is neither superuser nor
// BYPASSRLS; with no org set a connection sees no tenant rows and can write none; with an org set it sees and
// writes that org's rows only, whatever the query's own where clause says.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { withOrgScope, withSystemScope } from "@/lib/server/db-scope";
import { ScopedPool } from "@/lib/server/scoped-pool";
import { createOrgWithMembers } from "../factories";
import { recordFigures } from "../security/figures";

const owner = () => new pg.Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });

async function tenantTables(): Promise<{ table: string; rls: boolean; forced: boolean; policies: string[] }[]> {
  const c = owner();
  await c.connect();
  try {
    const { rows } = await c.query<{ table: string; rls: boolean; forced: boolean; policies: string[] }>(`
      SELECT cl.relname AS table, cl.relrowsecurity AS rls, cl.relforcerowsecurity AS forced,
        COALESCE((SELECT array_agg(p.polname || ':' || pg_get_expr(p.polqual, p.polrelid) ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = cl.oid), '{}') AS policies
      FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = 'public' AND cl.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = cl.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
      ORDER BY 1`);
    return rows;
  } finally {
    await c.end();
  }
}

async function twoOrgsWithApps() {
  const [a, b] = [await createOrgWithMembers(["ADMIN"]), await createOrgWithMembers(["ADMIN"])];
  const appA = await db.llmApp.create({ data: { orgId: a.org.id, name: "app of A" } });
  const appB = await db.llmApp.create({ data: { orgId: b.org.id, name: "app of B" } });
  return { a, b, appA, appB };
}

describe("row-level security", () => {
  it("is enabled and forced on every tenant table, each with a policy on the connection's org", async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(41);
    const unprotected = tables.filter((t) => !t.rls || !t.forced || !t.policies.some((p) => p.startsWith("tenant_isolation:") && p.includes("app_current_org_id()")));
    expect(unprotected.map((t) => t.table)).toEqual([]);
    recordFigures("row-level-security", { tenantTables: tables.length, withRlsForcedAndPolicy: tables.length - unprotected.length });
  });

  it("runs the console as roles that are not superusers, and only the system role bypasses row-level security", async () => {
    const roleOf = () => db.$queryRaw<{ user: string; super: boolean; bypass: boolean }[]>`SELECT current_user::text AS user, rolsuper AS super, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`;
    const { a } = await twoOrgsWithApps();
    expect((await withOrgScope(a.org.id, roleOf))[0]).toEqual({ user: "llmsecops_app", super: false, bypass: false });
    expect((await withSystemScope(roleOf))[0]).toEqual({ user: "llmsecops_system", super: false, bypass: true });
  });

  it("shows a connection with no org set no tenant rows, and lets it write none", async () => {
    await twoOrgsWithApps();
    const tables = await tenantTables();
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const visible: Record<string, number> = {};
      for (const { table } of tables) {
        const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
        if (rows[0]!.n > 0) visible[table] = rows[0]!.n;
      }
      expect(visible).toEqual({});
      recordFigures("row-level-security-no-org", { tablesReadWithNoOrg: tables.length, rowsVisible: Object.values(visible).reduce((a, b) => a + b, 0) });
      const everything = await withSystemScope(() => db.llmApp.count());
      expect(everything).toBeGreaterThanOrEqual(2); // the rows exist: the policy hid them
      const orgId = (await withSystemScope(() => db.organization.findFirstOrThrow())).id;
      await expect(c.query("INSERT INTO llm_apps (id, org_id, name, updated_at) VALUES (gen_random_uuid(), $1, 'x', now())", [orgId])).rejects.toThrow(/row-level security/);
    } finally {
      await c.end();
    }
  });

  it("limits a scoped connection to its org even when the query names no org or another org's ids", async () => {
    const { a, b, appA, appB } = await twoOrgsWithApps();
    await withOrgScope(a.org.id, async () => {
      const apps = await db.llmApp.findMany({ select: { id: true, orgId: true } }); // no where at all
      expect(apps.map((x) => x.orgId)).toEqual([a.org.id]);
      expect(apps.map((x) => x.id)).toEqual([appA.id]);
      expect(await db.llmApp.findUnique({ where: { id: appB.id } })).toBeNull();
      expect((await db.llmApp.updateMany({ where: { id: appB.id }, data: { name: "taken over" } })).count).toBe(0);
      expect((await db.llmApp.deleteMany({ where: { orgId: b.org.id } })).count).toBe(0);
      await expect(db.llmApp.create({ data: { orgId: b.org.id, name: "planted in B" } })).rejects.toThrow();
      // The plain pg path (pg-pool) is scoped the same way.
      const { queryRows } = await import("@/lib/server/pg-pool");
      expect((await queryRows<{ id: string }>({ text: "SELECT id FROM llm_apps", values: [] })).map((r) => r.id)).toEqual([appA.id]);
    });
    expect((await withSystemScope(() => db.llmApp.findUniqueOrThrow({ where: { id: appB.id } }))).name).toBe("app of B");
  });

  it("switches a pooled connection between orgs without leaking the previous org's rows", async () => {
    const { a, b, appA, appB } = await twoOrgsWithApps();
    const pool = new ScopedPool({ tenantUrl: process.env.DATABASE_URL!, systemUrl: process.env.DATABASE_SYSTEM_URL!, max: 1, unscoped: "none" });
    try {
      const ids = () => pool.query<{ id: string }>("SELECT id FROM llm_apps ORDER BY id").then((r) => r.rows.map((x) => x.id));
      // One connection, handed to A, then B, then to nobody.
      expect(await withOrgScope(a.org.id, ids)).toEqual([appA.id]);
      expect(await withOrgScope(b.org.id, ids)).toEqual([appB.id]);
      expect(await ids()).toEqual([]);
      expect((await withSystemScope(ids)).length).toBeGreaterThanOrEqual(2);
    } finally {
      await pool.end();
    }
  });
});
