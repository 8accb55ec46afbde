import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";

// Format: <type>_<keyId: 12 base32 chars>_<secret: 43 base64url chars = 32 random bytes><crc32: 6 base36 chars>
// Types: lsk (console API keys), lgk (AI gateway virtual keys).
// The typed prefix lets secret scanners find leaked keys; the checksum lets them tell real ones apart offline.
export type KeyType = "lsk" | "lgk";
const KEY_RE: Record<KeyType, RegExp> = {
  lsk: /^lsk_([a-z2-7]{12})_([A-Za-z0-9_-]{43})([0-9a-z]{6})$/,
  lgk: /^lgk_([a-z2-7]{12})_([A-Za-z0-9_-]{43})([0-9a-z]{6})$/,
};
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

const checksum = (body: string) => crc32(body).toString(36).padStart(6, "0").slice(-6);

export function generateTypedKey(type: KeyType) {
  const keyId = Array.from(randomBytes(12), (b) => BASE32[b % 32]).join("");
  const secret = randomBytes(32).toString("base64url");
  const body = `${type}_${keyId}_${secret}`;
  const token = `${body}${checksum(body)}`;
  return { token, keyId, prefix: `${type}_${keyId}`, secretHash: hashSecret(secret), last4: token.slice(-4) };
}

export function parseTypedKey(type: KeyType, token: string): { keyId: string; secret: string } | null {
  const m = KEY_RE[type].exec(token);
  if (!m) return null;
  const [, keyId, secret, sum] = m as unknown as [string, string, string, string];
  if (checksum(`${type}_${keyId}_${secret}`) !== sum) return null;
  return { keyId, secret };
}

export const generateApiKey = () => generateTypedKey("lsk");
export const parseApiKey = (token: string) => parseTypedKey("lsk", token);

// The secret has 256 bits of entropy, so a fast hash is enough (no offline guessing is feasible).
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
