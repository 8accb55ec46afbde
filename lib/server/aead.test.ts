import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal } from "./aead";

describe("AES-256-GCM seal/open", () => {
  const key = randomBytes(32);
  it("round-trips and binds the AAD", () => {
    const sealed = seal(key, Buffer.from("sk-live-canary"), "org-a|secret:1");
    expect(open(key, sealed, "org-a|secret:1").toString()).toBe("sk-live-canary");
    expect(() => open(key, sealed, "org-b|secret:1")).toThrow();
    expect(() => open(randomBytes(32), sealed, "org-a|secret:1")).toThrow();
  });
  it("rejects any flipped byte", () => {
    const sealed = seal(key, Buffer.from("payload"), "aad");
    const [iv, ct, tag] = sealed.split(".") as [string, string, string];
    const flip = (b64: string) => {
      const b = Buffer.from(b64, "base64url");
      b[0]! ^= 1;
      return b.toString("base64url");
    };
    for (const bad of [`${flip(iv)}.${ct}.${tag}`, `${iv}.${flip(ct)}.${tag}`, `${iv}.${ct}.${flip(tag)}`]) expect(() => open(key, bad, "aad")).toThrow();
  });
  it("never reuses a nonce in 100k encryptions", () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 100_000; i++) ivs.add(seal(key, Buffer.alloc(1), "a").split(".")[0]!);
    expect(ivs.size).toBe(100_000);
  });
});
