import { z } from "zod";

/**
 * Root keys come from the environment: ENCRYPTION_ROOT_KEYS="1:<base64 32 bytes>,2:<…>" and
 * ENCRYPTION_ROOT_KEY_VERSION (default: the highest). Old versions stay listed until every org's data
 * key has been re-wrapped with the active one (the encryption-rewrap job does that).
 */
export type RootKeys = { active: number; keys: Map<number, Buffer> };

const ZEntry = z.string().regex(/^\d{1,6}:[A-Za-z0-9+/_=-]{40,}$/, "entries look like <version>:<base64 key>");

let cached: { raw: string; value: RootKeys } | undefined;

export function rootKeys(): RootKeys {
  const raw = `${process.env.ENCRYPTION_ROOT_KEYS ?? ""}|${process.env.ENCRYPTION_ROOT_KEY_VERSION ?? ""}`;
  if (cached?.raw === raw) return cached.value;
  const entries = (process.env.ENCRYPTION_ROOT_KEYS ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) throw new Error("ENCRYPTION_ROOT_KEYS is not set: secrets cannot be encrypted");
  const keys = new Map<number, Buffer>();
  for (const entry of entries) {
    ZEntry.parse(entry);
    const [version, b64] = entry.split(":") as [string, string];
    const key = Buffer.from(b64, b64.includes("-") || b64.includes("_") ? "base64url" : "base64");
    if (key.length !== 32) throw new Error(`root key ${version} must be 32 bytes (got ${key.length})`);
    keys.set(Number(version), key);
  }
  const active = Number(process.env.ENCRYPTION_ROOT_KEY_VERSION ?? Math.max(...keys.keys()));
  if (!keys.has(active)) throw new Error(`ENCRYPTION_ROOT_KEY_VERSION=${active} is not among ENCRYPTION_ROOT_KEYS`);
  const value = { active, keys };
  cached = { raw, value };
  return value;
}
