import { describe, expect, it } from "vitest";
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from "./api-key-crypto";

describe("API key format", () => {
  it("round-trips, with a typed prefix, 256-bit secret and checksum", () => {
    const key = generateApiKey();
    expect(key.token.startsWith(`${key.prefix}_`)).toBe(true);
    const parsed = parseApiKey(key.token);
    expect(parsed?.keyId).toBe(key.keyId);
    expect(Buffer.from(parsed!.secret, "base64url")).toHaveLength(32);
    expect(secretMatches(parsed!.secret, key.secretHash)).toBe(true);
    expect(key.secretHash).toBe(hashSecret(parsed!.secret));
  });

  it("rejects a key whose checksum does not match", () => {
    const { token } = generateApiKey();
    const broken = token.slice(0, -1) + (token.endsWith("0") ? "1" : "0");
    expect(parseApiKey(broken)).toBeNull();
    expect(parseApiKey(`${token}x`)).toBeNull();
    expect(parseApiKey("sk-live-123")).toBeNull();
  });

  it("never generates the same key twice", () => {
    const tokens = new Set(Array.from({ length: 2_000 }, () => generateApiKey().token));
    expect(tokens.size).toBe(2_000);
  });
});
