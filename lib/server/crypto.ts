import { createHmac, randomBytes } from "node:crypto";
import { open, seal } from "./aead";
import { db, type DbTx } from "./db";
import { rootKeys } from "./root-keys";

// Envelope encryption: each org has data keys (DEKs), stored wrapped by a root key from the environment.
// A secret's ciphertext is "v1.<dekVersion>.<iv>.<ct>.<tag>", sealed with AAD "<orgId>|<context>", where
// the context names the record and field (e.g. "integration_secret:<id>:api_key"): a ciphertext copied
// to another org or record does not decrypt.

const FORMAT = "v1";
const dekCache = new Map<string, Buffer>();
const dekAad = (orgId: string, version: number) => `dek|${orgId}|${version}`;

async function unwrap(orgId: string, row: { version: number; wrappedKey: string; rootKeyVersion: number }): Promise<Buffer> {
  const cacheKey = `${orgId}:${row.version}:${row.rootKeyVersion}`;
  const hit = dekCache.get(cacheKey);
  if (hit) return hit;
  const root = rootKeys().keys.get(row.rootKeyVersion);
  if (!root) throw new Error(`root key ${row.rootKeyVersion} is not configured (needed by a data key of org ${orgId})`);
  const dek = open(root, row.wrappedKey, dekAad(orgId, row.version));
  if (dekCache.size > 5_000) dekCache.clear();
  dekCache.set(cacheKey, dek);
  return dek;
}

const dekSelect = { version: true, wrappedKey: true, rootKeyVersion: true } as const;

/** The org's newest data key, created on first use. */
async function currentDek(orgId: string, tx: DbTx = db): Promise<{ version: number; key: Buffer }> {
  const row = await tx.orgDataKey.findFirst({ where: { orgId }, orderBy: { version: "desc" }, select: dekSelect });
  if (row) return { version: row.version, key: await unwrap(orgId, row) };
  const { active, keys } = rootKeys();
  const key = randomBytes(32);
  const created = await db.orgDataKey
    .create({ data: { orgId, version: 1, rootKeyVersion: active, wrappedKey: seal(keys.get(active)!, key, dekAad(orgId, 1)) }, select: dekSelect })
    .catch(async () => db.orgDataKey.findFirstOrThrow({ where: { orgId, version: 1 }, select: dekSelect })); // lost a creation race
  return { version: created.version, key: await unwrap(orgId, created) };
}

async function dekByVersion(orgId: string, version: number): Promise<Buffer> {
  const row = await db.orgDataKey.findUnique({ where: { orgId_version: { orgId, version } }, select: dekSelect });
  if (!row) throw new Error("unknown data key version");
  return unwrap(orgId, row);
}

export async function encryptSecret(orgId: string, context: string, plaintext: string, tx?: DbTx): Promise<string> {
  const dek = await currentDek(orgId, tx);
  return `${FORMAT}.${dek.version}.${seal(dek.key, Buffer.from(plaintext, "utf8"), `${orgId}|${context}`)}`;
}

export async function decryptSecret(orgId: string, context: string, ciphertext: string): Promise<string> {
  const [format, version, ...sealed] = ciphertext.split(".");
  if (format !== FORMAT || !version || !/^\d+$/.test(version)) throw new Error("unsupported ciphertext format");
  const key = await dekByVersion(orgId, Number(version));
  return open(key, sealed.join("."), `${orgId}|${context}`).toString("utf8");
}

/** A stable, non-reversible identifier of a secret value within an org (HMAC under the org's data key). */
export async function secretFingerprint(orgId: string, plaintext: string): Promise<string> {
  return (await secretFingerprinter(orgId))(plaintext);
}

/** secretFingerprint for many values: one key lookup, then a synchronous function. */
export async function secretFingerprinter(orgId: string): Promise<(plaintext: string) => string> {
  const dek = await currentDek(orgId);
  return (plaintext) => createHmac("sha256", dek.key).update(plaintext).digest("hex").slice(0, 16);
}

/** Re-wraps every data key that is not under the active root key. Data is untouched; safe to run twice. */
export async function rewrapDataKeys(batch = 500): Promise<{ rewrapped: number; remaining: number }> {
  const { active, keys } = rootKeys();
  let rewrapped = 0;
  for (;;) {
    const rows = await db.orgDataKey.findMany({ where: { rootKeyVersion: { not: active } }, select: { id: true, orgId: true, ...dekSelect }, take: batch });
    if (rows.length === 0) break;
    for (const row of rows) {
      const dek = await unwrap(row.orgId, row);
      const { count } = await db.orgDataKey.updateMany({
        where: { id: row.id, rootKeyVersion: row.rootKeyVersion }, // compare-and-swap
        data: { rootKeyVersion: active, wrappedKey: seal(keys.get(active)!, dek, dekAad(row.orgId, row.version)) },
      });
      rewrapped += count;
    }
  }
  const remaining = await db.orgDataKey.count({ where: { rootKeyVersion: { not: active } } });
  return { rewrapped, remaining };
}

export const lastFour = (value: string) => value.slice(-4);
