const lastFour = (value: string) => value.slice(-4);

/**
 * The four characters shown for a secret. A JSON key file always ends in `"}`-ish noise, so for those the
 * tail of its `private_key_id` (an identifier, not key material) is what a person can match in the cloud console.
 */
export function secretTail(purpose: string, value: string): string {
  if (purpose === "service_account_key") {
    const keyId = privateKeyId(value);
    if (keyId) return lastFour(keyId);
  }
  return lastFour(value.trim());
}

function privateKeyId(json: string): string | null {
  try {
    const parsed: unknown = JSON.parse(json);
    const id = typeof parsed === "object" && parsed !== null ? (parsed as { private_key_id?: unknown }).private_key_id : undefined;
    return typeof id === "string" && id.length >= 4 ? id : null;
  } catch {
    return null;
  }
}
