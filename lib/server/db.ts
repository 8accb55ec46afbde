import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ScopedPool, scopedPoolOptionsFromEnv } from "./scoped-pool";

function createClient() {
  // Every checkout goes through the caller's DbScope (row-level security); $disconnect ends the pool.
  const adapter = new PrismaPg(new ScopedPool(scopedPoolOptionsFromEnv()), { disposeExternalPool: true });
  return new PrismaClient({
    adapter,
    // Secret-bearing columns never leave the database unless a query selects them explicitly.
    omit: {
      user: { passwordHash: true },
      apiKey: { secretHash: true },
      auditExport: { content: true },
      orgDataKey: { wrappedKey: true },
      integrationSecret: { ciphertext: true },
      oAuthState: { verifierCipher: true },
      datasetSample: { content: true },
      alertWebhook: { secretCipher: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// Reused across hot reloads in development (keyed by URL so test files with their own DB get their own).
const globalForDb = globalThis as unknown as { __db?: { url: string | undefined; client: Db } };
const cached = globalForDb.__db;
const cachedDb = cached && cached.url === process.env.DATABASE_URL ? cached.client : undefined;
export const db: Db = cachedDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.__db = { url: process.env.DATABASE_URL, client: db };
