import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Runs one Prisma.sql statement on a pg client (inside withPgTransaction) and returns its rows. */
export type Run = <T = unknown>(sql: Prisma.Sql) => Promise<T[]>;
export const runOn = (client: pg.PoolClient): Run => async <T,>(sql: Prisma.Sql) => (await client.query(sql.text, sql.values)).rows as T[];
