import { createHash } from "node:crypto";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/** Base58 decode to bytes; null on a character outside the alphabet. */
export function base58Decode(value: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of value) {
    let carry = INDEX.get(ch);
    if (carry === undefined) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const ch of value) {
    if (ch !== "1") break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest();

/** Base58Check: the last 4 bytes equal the first 4 bytes of sha256(sha256(payload)). Returns the payload or null. */
export function base58CheckDecode(value: string): Uint8Array | null {
  const bytes = base58Decode(value);
  if (!bytes || bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const checksum = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (checksum[i] !== bytes[bytes.length - 4 + i]) return null;
  return payload;
}

/** Bitcoin mainnet legacy address: version 0x00 (P2PKH, "1…") or 0x05 (P2SH, "3…") plus a 20-byte hash. */
export function bitcoinBase58Valid(address: string): boolean {
  const payload = base58CheckDecode(address);
  return payload !== null && payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
}
