// Test-only token builders: deterministic pseudo-random bodies so no real-looking secret is committed verbatim.
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

/** Deterministic pseudo-random string over `alphabet` (LCG seeded by `seed`). */
export function body(length: number, seed = 7, alphabet = ALNUM): string {
  let state = seed >>> 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += alphabet.charAt(state % alphabet.length);
  }
  return out;
}

export const hex = (length: number, seed = 11) => body(length, seed, HEX);
export const upperB32 = (length: number, seed = 13) => body(length, seed, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

const b64url = (json: string) => btoa(json).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

export function jwt(header = '{"alg":"HS256","typ":"JWT"}'): string {
  return `${b64url(header)}.${b64url('{"sub":"1234567890","name":"Ada","iat":1516239022}')}.${body(43, 5)}`;
}
