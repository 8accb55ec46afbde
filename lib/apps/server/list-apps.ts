import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import type { Criticality } from "../constants";
import { decodeCursor, encodeCursor, sortKeys } from "../list-query";
import type { TListAppsQuery, TListAppsResponse } from "../list-schemas";
import { appFilterSql, keysetSql, orderSql } from "../list-sql";
import type { TAppSummary } from "../schemas";

type AppSummaryRow = {
  total: number;
  id: string | null; name: string; description: string; business_unit: string; criticality: Criticality; lifecycle: string; environments: string[];
  exposure: string; end_user_auth: string; deployment: string; framework: string; frontend: string; tags: string[]; created_at: Date; updated_at: Date;
  owner_id: string | null; owner_email: string | null; owner_name: string | null; providers: string[]; model_usage_count: number; data_store_count: number;
};

const toDto = (r: AppSummaryRow): TAppSummary => ({
  id: r.id!, name: r.name, description: r.description, owner: r.owner_id ? { id: r.owner_id, email: r.owner_email!, name: r.owner_name } : null,
  businessUnit: r.business_unit, criticality: r.criticality, lifecycle: r.lifecycle as TAppSummary["lifecycle"], environments: r.environments,
  exposure: r.exposure as TAppSummary["exposure"], endUserAuth: r.end_user_auth as TAppSummary["endUserAuth"], deployment: r.deployment as TAppSummary["deployment"],
  framework: r.framework, frontend: r.frontend, tags: r.tags, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  providers: [...r.providers].sort(), modelUsageCount: r.model_usage_count, dataStoreCount: r.data_store_count,
});

/** Filtered, sorted page of apps with the total count; keyset `cursor` or numbered `page`. One statement, through the pg pool. */
export const listApps = async ({ ctx, query }: { ctx: Ctx; query: TListAppsQuery }): Promise<TListAppsResponse> => {
  const keys = sortKeys(query.sort, query.order);
  const values = query.cursor ? decodeCursor(keys, query.cursor) : null;
  if (query.cursor && !values) throw new AppError("VALIDATION_FAILED", "Invalid cursor: it is malformed or was made for another sort");
  const org = ctx.orgId;
  const filter = appFilterSql(org, query);
  const offset = query.page ? (query.page - 1) * query.limit : 0;
  // The total row always comes back, joined to the page's rows (none past the last page). List columns written
  // outside Prisma may be NULL: they read as empty lists, as Prisma reads them.
  const rows = await queryRows<AppSummaryRow>(Prisma.sql`
    WITH page AS (
      SELECT a.id, a.name, a.description, a.business_unit, a.criticality::text AS criticality, a.lifecycle::text AS lifecycle,
        coalesce(a.environments::text[], '{}') AS environments, a.exposure::text AS exposure, a.end_user_auth::text AS end_user_auth,
        a.deployment::text AS deployment, a.framework, a.frontend, coalesce(a.tags, '{}') AS tags, a.created_at, a.updated_at,
        o.id AS owner_id, o.email AS owner_email, o.name AS owner_name,
        ARRAY(SELECT DISTINCT mu.provider::text FROM model_usages mu WHERE mu.org_id = ${org}::uuid AND mu.app_id = a.id) AS providers,
        (SELECT count(*) FROM model_usages mu WHERE mu.org_id = ${org}::uuid AND mu.app_id = a.id)::int AS model_usage_count,
        (SELECT count(*) FROM app_data_stores ds WHERE ds.org_id = ${org}::uuid AND ds.app_id = a.id)::int AS data_store_count,
        row_number() OVER (ORDER BY ${orderSql(keys)}) AS position
      FROM llm_apps a LEFT JOIN users o ON o.id = a.owner_id
      WHERE ${filter} ${values ? Prisma.sql`AND ${keysetSql(keys, values)}` : Prisma.empty}
      ORDER BY ${orderSql(keys)}
      LIMIT ${query.limit + 1} OFFSET ${offset}
    )
    SELECT t.total, page.* FROM (SELECT count(*)::int AS total FROM llm_apps a WHERE ${filter}) t LEFT JOIN page ON true
    ORDER BY page.position`);
  const found = rows.filter((r) => r.id !== null);
  const page = found.slice(0, query.limit).map(toDto);
  const last = page[page.length - 1];
  return {
    apps: page,
    total: rows[0]?.total ?? 0,
    limit: query.limit,
    page: query.cursor ? null : (query.page ?? 1),
    nextCursor: found.length > query.limit && last ? encodeCursor(keys, { ...last, updatedAt: new Date(last.updatedAt) }) : null,
  };
};
