// Small base64 helpers for validators (pure: no Buffer dependency, never throws).

/** Decodes base64 / base64url (padding optional) to a binary string, or null when it is not valid base64. */
export function decodeBase64(input: string): string | null {
  let s = input.replace(/-/g, "+").replace(/_/g, "/");
  if (/[^A-Za-z0-9+/=]/.test(s)) return null;
  s = s.replace(/=+$/, "");
  if (s.length % 4 === 1) return null;
  s += "=".repeat((4 - (s.length % 4)) % 4);
  try {
    return atob(s);
  } catch {
    return null;
  }
}

/** Decodes only the first `chars` characters (rounded down to a multiple of 4): enough to inspect a header. */
export function decodeBase64Prefix(input: string, chars: number): string | null {
  const n = Math.min(input.length, chars) - (Math.min(input.length, chars) % 4);
  return n > 0 ? decodeBase64(input.slice(0, n)) : null;
}

/** True when a base64url JWT header decodes to a JSON object with an "alg" member. */
export function isJwtHeader(segment: string): boolean {
  const json = decodeBase64(segment);
  if (json === null) return false;
  try {
    const header: unknown = JSON.parse(json);
    return typeof header === "object" && header !== null && "alg" in header;
  } catch {
    return false;
  }
}
