// Cheap statistics used to tell real secrets from identifiers, placeholders and prose.

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER_WORDS = [
  "example",
  "sample",
  "dummy",
  "placeholder",
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "your_",
  "your-",
  "yourapi",
  "yourkey",
  "yoursecret",
  "yourtoken",
  "<your",
  "insert",
  "replace",
  "redacted",
  "xxxx",
  "****",
  "....",
  "todo",
  "fixme",
  "notreal",
  "not_real",
  "fake",
  "test123",
  "password123",
  "secret123",
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "1234567890",
  "qwerty",
];

/** Obvious placeholders and documentation values ("your_api_key", "xxxx", "changeme", "<token>", "${VAR}"). */
export function looksLikePlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((w) => lower.includes(w))) return true;
  if (/^(?:<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|@[A-Za-z_]\w*@)$/.test(value)) return true;
  if (/^(.)\1+$/.test(value)) return true;
  return /^(?:true|false|null|none|undefined|nil)$/i.test(value);
}

/** Identifiers and names rather than random values: only letters, "_", "-" and "." (gitleaks' generic allowlist). */
export function isWordLike(value: string): boolean {
  return /^[A-Za-z_.\-]+$/.test(value);
}

/** A dotted/slashed path, a URL or a file name. */
export function looksLikePath(value: string): boolean {
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/i.test(value)) return true;
  return /\.(?:pem|p12|pfx|key|crt|cer|json|ya?ml|txt|env|cfg|conf|ini|xml|jks|keystore|js|ts|py|go|rb|java)$/i.test(value);
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Number of character classes (lower, upper, digit, other) present. */
export function charClassCount(value: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
