import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { decryptSecret, encryptSecret, rewrapDataKeys, secretFingerprint } from "@/lib/server/crypto";
import { createOrg } from "../factories";

const original = { keys: process.env.ENCRYPTION_ROOT_KEYS, version: process.env.ENCRYPTION_ROOT_KEY_VERSION };
afterEach(() => {
  process.env.ENCRYPTION_ROOT_KEYS = original.keys;
  if (original.version === undefined) delete process.env.ENCRYPTION_ROOT_KEY_VERSION;
  else process.env.ENCRYPTION_ROOT_KEY_VERSION = original.version;
});

describe("envelope encryption", () => {
  it("round-trips, stores only wrapped keys, and refuses other orgs and records", async () => {
    const a = await createOrg();
    const b = await createOrg();
    const canary = `sk-canary-${randomBytes(8).toString("hex")}`;
    const ct = await encryptSecret(a.id, "integration_secret:1:api_key", canary);
    expect(ct).toMatch(/^v1\.1\./);
    expect(ct).not.toContain(canary);
    expect(await decryptSecret(a.id, "integration_secret:1:api_key", ct)).toBe(canary);
    await expect(decryptSecret(a.id, "integration_secret:2:api_key", ct)).rejects.toThrow();
    await encryptSecret(b.id, "x", "y"); // b gets its own data key
    await expect(decryptSecret(b.id, "integration_secret:1:api_key", ct)).rejects.toThrow();
    const keys = await db.orgDataKey.findMany({ where: { orgId: { in: [a.id, b.id] } }, select: { wrappedKey: true, orgId: true } });
    expect(new Set(keys.map((k) => k.orgId)).size).toBe(2);
    expect(await secretFingerprint(a.id, canary)).toBe(await secretFingerprint(a.id, canary));
    expect(await secretFingerprint(a.id, canary)).not.toBe(await secretFingerprint(b.id, canary));
  });

  it("re-wraps data keys under a new root key without touching data, then works with only the new key", async () => {
    const org = await createOrg();
    const ct = await encryptSecret(org.id, "ctx", "before rotation");
    const oldKeys = process.env.ENCRYPTION_ROOT_KEYS!;
    const newKey = `2:${randomBytes(32).toString("base64url")}`;
    process.env.ENCRYPTION_ROOT_KEYS = `${oldKeys},${newKey}`;
    process.env.ENCRYPTION_ROOT_KEY_VERSION = "2";
    const result = await rewrapDataKeys();
    expect(result.remaining).toBe(0);
    expect(result.rewrapped).toBeGreaterThanOrEqual(1);
    expect((await rewrapDataKeys()).rewrapped).toBe(0); // idempotent
    const row = await db.orgDataKey.findFirstOrThrow({ where: { orgId: org.id }, select: { rootKeyVersion: true } });
    expect(row.rootKeyVersion).toBe(2);
    process.env.ENCRYPTION_ROOT_KEYS = newKey; // the old root key is gone
    expect(await decryptSecret(org.id, "ctx", ct)).toBe("before rotation");
  });

  it("names the missing root key instead of returning garbage", async () => {
    const org = await createOrg();
    await db.orgDataKey.create({ data: { orgId: org.id, version: 1, rootKeyVersion: 7, wrappedKey: "AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA" } });
    await expect(encryptSecret(org.id, "ctx", "v")).rejects.toThrow(/root key 7 is not configured/);
  });
});
