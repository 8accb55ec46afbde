// Structured secrets recognised by their shape: private keys, JWTs, service-account JSON, Kubernetes secrets.
import { decodeBase64Prefix, isJwtHeader } from "./decode";
import { prefixed, rule, type SecretRule, type ValidationContext } from "./rule";

const JWT_PARAMS =
  "alg|apu|apv|aud|b64|crit|cty|epk|enc|jku|jwk|iss|iv|kid|key_ops|kty|nonce|p2c|p2s|ppt|sub|svt|tag|typ|url|use|ver|version|x|x5c|x5t|x5t#S256|x5u|zip";
const JWT_HEADER_START = new RegExp(`^\\{\\s*"(?:${JWT_PARAMS})"`);

/** base64(base64url JWT): the outer decode must start with "eyJ" whose own decode starts a JOSE header. */
function isBase64Jwt(secret: string): boolean {
  const inner = decodeBase64Prefix(secret, 64);
  if (inner === null || !inner.startsWith("eyJ")) return false;
  const header = decodeBase64Prefix(inner.split(".")[0] ?? "", 24);
  return header !== null && JWT_HEADER_START.test(header);
}

/** The YAML document (between "---" separators) holding the match declares kind: Secret, and the entry sits in its data block. */
function inKubernetesSecretData(_secret: string, { text, start, match }: ValidationContext): boolean {
  const docStart = Math.max(0, text.lastIndexOf("\n---", start));
  const nextDoc = text.indexOf("\n---", start);
  const doc = text.slice(docStart, nextDoc === -1 ? Math.min(text.length, start + 4000) : nextDoc);
  if (!/(?:^|\n)[ \t]*kind:[ \t]*["']?Secret["']?[ \t]*(?:\r?\n|$)/.test(doc)) return false;
  // Every line between "data:" and the entry must be indented (or blank): the entry is inside the data map.
  const before = text.slice(Math.max(docStart, match.index - 4000), match.index);
  return /(?:^|\n)[ \t]*(?:string)?[dD]ata:[ \t]*\r?\n(?:[ \t][^\n]*\n|\r?\n)*$/.test(before);
}

const SERVICE_ACCOUNT_KEY = /"private_key"\s*:\s*"-----BEGIN/;

export const STRUCTURED_RULES: SecretRule[] = [
  rule({
    id: "private-key",
    description: "PEM / OpenSSH / PGP private key block",
    keywords: ["-----begin"],
    pattern:
      String.raw`(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:(?:(?!-----BEGIN )[\s\S]){16,20000}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----` +
      String.raw`|\s*[^\s-][^-]{8,8000}))`,
    flags: "i",
  }),
  rule({
    id: "putty-private-key",
    description: "PuTTY private key file",
    keywords: ["putty-user-key-file-"],
    pattern: String.raw`(PuTTY-User-Key-File-\d: [\s\S]{0,600}?Private-Lines: \d+\r?\n[A-Za-z0-9+/=\r\n]{40,8000})`,
  }),
  rule({
    id: "jwt",
    description: "JSON Web Token (header decodes to JSON with alg)",
    keywords: ["eyj"],
    pattern: String.raw`(?<![A-Za-z0-9_-])((eyJ[A-Za-z0-9_-]{10,2000})={0,2}\.eyJ[A-Za-z0-9_\\/-]{8,8000}={0,2}(?:\.[A-Za-z0-9_\\/+-]{10,2000}={0,2})?)(?![A-Za-z0-9_=-])`,
    validate: (_secret, { match }) => isJwtHeader(match[2] ?? ""),
  }),
  prefixed({
    id: "jwt-base64",
    description: "Base64-encoded JSON Web Token",
    keywords: ["zxlk"],
    body: String.raw`ZXlK[A-Za-z0-9+/_\\-]{40,8000}={0,2}`,
    end: "(?![A-Za-z0-9+/=])",
    entropy: 2,
    validate: isBase64Jwt,
  }),
  rule({
    id: "gcp-service-account",
    description: "Google Cloud service-account key JSON",
    keywords: ["service_account"],
    pattern: String.raw`"type"\s*:\s*"service_account"`,
    group: 0,
    rescore: (_secret, { text, start }) =>
      SERVICE_ACCOUNT_KEY.test(text.slice(Math.max(0, start - 4000), start + 4000)) ? 1 : 0.4,
  }),
  rule({
    id: "kubernetes-secret-yaml",
    description: "Value in the data block of a Kubernetes Secret manifest",
    keywords: ["secret"],
    pattern: String.raw`^[ \t]+[\w.-]+:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?["']?([A-Za-z0-9+/]{10,4000}={0,3})["']?[ \t]*\r?$`,
    flags: "m",
    validate: inKubernetesSecretData,
    score: 0.9,
  }),
  prefixed({
    id: "planetscale-api-token",
    description: "PlanetScale API token",
    keywords: ["pscale_tkn_"],
    body: String.raw`pscale_tkn_[\w=.-]{32,64}`,
    flags: "i",
    end: String.raw`(?![\w=.-])`,
    entropy: 3,
  }),
  prefixed({
    id: "planetscale-oauth-token",
    description: "PlanetScale OAuth token",
    keywords: ["pscale_oauth_"],
    body: String.raw`pscale_oauth_[\w=.-]{32,64}`,
    end: String.raw`(?![\w=.-])`,
    entropy: 3,
  }),
  prefixed({
    id: "planetscale-password",
    description: "PlanetScale database password",
    keywords: ["pscale_pw_"],
    body: String.raw`pscale_pw_[\w=.-]{32,64}`,
    flags: "i",
    end: String.raw`(?![\w=.-])`,
    entropy: 3,
  }),
  ...(["aat", "pat", "sat"] as const).map((kind) =>
    prefixed({
      id: `settlemint-${{ aat: "application", pat: "personal", sat: "service" }[kind]}-access-token`,
      description: `SettleMint ${kind.toUpperCase()} token`,
      keywords: [`sm_${kind}`],
      body: `sm_${kind}_[a-zA-Z0-9]{16}`,
      entropy: 3,
    }),
  ),
  prefixed({
    id: "authress-service-client-access-key",
    description: "Authress service client access key",
    keywords: ["sc_", "ext_", "scauth_", "authress_"],
    body: String.raw`(?:sc|ext|scauth|authress)_[a-zA-Z0-9]{5,30}\.[a-zA-Z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120}`,
    end: "(?![A-Za-z0-9+/_=-])",
    entropy: 2,
  }),
  prefixed({
    id: "intra42-client-secret",
    description: "42 Intra API client secret",
    keywords: ["s-s4t2ud-", "s-s4t2af-"],
    body: "s-s4t2(?:ud|af)-[a-fA-F0-9]{64}",
    entropy: 3,
  }),
];
