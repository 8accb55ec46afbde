import { describe, expect, it } from "vitest";
import { bech32Decode, segwitAddressValid } from "./bech32";

describe("bech32 / segwit", () => {
  it("accepts BIP-173 and BIP-350 vectors", () => {
    expect(segwitAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).toBe(true);
    expect(segwitAddressValid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).toBe(true);
    expect(segwitAddressValid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")).toBe(true);
    expect(bech32Decode("a12uel5l")?.variant).toBe("bech32");
  });
  it("rejects a bad checksum, mixed case, the wrong variant and other HRPs", () => {
    expect(segwitAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).toBe(false);
    expect(segwitAddressValid("bc1QW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).toBe(false);
    // v1 program with a bech32 (not bech32m) checksum
    expect(segwitAddressValid("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx")).toBe(false);
    expect(segwitAddressValid("ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).toBe(false);
  });
});
