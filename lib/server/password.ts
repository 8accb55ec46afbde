import { hash, verify } from "@node-rs/argon2";

// OWASP / ASVS floor for argon2id: m=19456 KiB, t=2, p=1.
const PARAMS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const hashPassword = (password: string) => hash(password, PARAMS);

// Verifying against this hash for unknown users keeps their response time equal to a wrong password's.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash("not-a-real-password-for-timing", PARAMS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
