import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";

// Format: lsk_<keyId: 12 base32 chars>_<secret: 43 base64url chars = 32 random bytes><crc32: 6 base36 chars>
// The typed prefix lets secret scanners find leaked keys; the checksum lets them tell real ones apart offline.
const KEY_RE = /^lsk_([a-z2-7]{12})_([A-Za-z0-9_-]{43})([0-9a-z]{6})$/;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

const checksum = (body: string) => crc32(body).toString(36).padStart(6, "0").slice(-6);

export function generateApiKey() {
  const keyId = Array.from(randomBytes(12), (b) => BASE32[b % 32]).join("");
  const secret = randomBytes(32).toString("base64url");
  const body = `lsk_${keyId}_${secret}`;
  const token = `${body}${checksum(body)}`;
  return { token, keyId, prefix: `lsk_${keyId}`, secretHash: hashSecret(secret), last4: token.slice(-4) };
}

export function parseApiKey(token: string): { keyId: string; secret: string } | null {
  const m = KEY_RE.exec(token);
  if (!m) return null;
  const [, keyId, secret, sum] = m as unknown as [string, string, string, string];
  if (checksum(`lsk_${keyId}_${secret}`) !== sum) return null;
  return { keyId, secret };
}

// The secret has 256 bits of entropy, so a fast hash is enough (no offline guessing is feasible).
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
