import { describe, expect, it } from "vitest";
import { base58CheckDecode, base58Decode, bitcoinBase58Valid } from "./base58check";

describe("base58check", () => {
  it("decodes leading ones as zero bytes", () => {
    expect(Array.from(base58Decode("11") ?? [])).toEqual([0, 0]);
    expect(base58Decode("0OIl")).toBeNull();
  });
  it("accepts mainnet P2PKH and P2SH addresses", () => {
    expect(bitcoinBase58Valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).toBe(true); // genesis block
    expect(bitcoinBase58Valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).toBe(true);
    expect(bitcoinBase58Valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).toBe(true);
  });
  it("rejects a changed character, an extra character and a non-bitcoin version", () => {
    expect(bitcoinBase58Valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).toBe(false);
    expect(bitcoinBase58Valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa1")).toBe(false);
    expect(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).toBeNull();
  });
});
