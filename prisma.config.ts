// Prisma 6.19.x, fully offline: the CLI uses its bundled WASM schema engine ("js" engine)
// over node-postgres instead of downloading the native schema-engine binary.
// See ../shared/reference/offline-stack.md §2b for why each workaround exists.
import "dotenv/config";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

/* eslint-disable @typescript-eslint/no-explicit-any */

// Workaround 1: adapter-pg rejects pg_catalog "char" (18) and "name" (19) columns (prisma/orm#27403).
const fixFields = (res: any) => {
  for (const f of res?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  return res;
};
class CatalogSafeClient extends pg.Client {
  override query(...args: any[]): any {
    const cb = args[args.length - 1];
    if (typeof cb === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => cb(err, err ? res : fixFields(res));
      return (super.query as any)(...args);
    }
    const r: any = (super.query as any)(...args);
    return r && typeof r.then === "function" ? r.then(fixFields) : r;
  }
}

// Workaround 2: the WASM engine leaves 10 s / 60 s timers pending; unref them so the CLI exits.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: any[]) => void, ms?: number, ...rest: any[]) => {
  const t = realSetTimeout(fn, ms, ...rest);
  if ((ms ?? 0) >= 5_000) t.unref?.();
  return t;
}) as typeof setTimeout;

function pgConfig(url: string, database?: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? u.pathname.slice(1),
    Client: CatalogSafeClient,
    allowExitOnIdle: true,
  };
}
const adapterFor = (url: string, database?: string) =>
  new PrismaPg(new pg.Pool(pgConfig(url, database)), { disposeExternalPool: true });

// Workaround 3: adapter-pg's connectToShadowDb() reuses the main DB with a connectionString.
function migrateAdapter(url: string) {
  const base = adapterFor(url);
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    async connectToShadowDb() {
      const admin = await adapterFor(url).connect();
      const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await adapterFor(url, database).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return migrateAdapter(url);
  },
});
