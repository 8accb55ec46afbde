// Credentials carried by URLs and HTTP requests: connection strings, basic auth, curl flags, Authorization headers.
import { decodeBase64 } from "./decode";
import { looksLikePlaceholder } from "./entropy";
import { rule, type SecretRule } from "./rule";

const DB_SCHEMES =
  "postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|neo4j(?:\\+s)?|bolt|couchbase|couchdb|cassandra|oracle|db2|snowflake|memcached|nats|kafka|elasticsearch|influxdb";

/** A password that is a template variable, a shell substitution or a documentation placeholder. */
export function isPlaceholderPassword(password: string): boolean {
  if (password.length < 3) return true;
  if (/^(?:\$\{?[\w.-]+\}?|\$\([^)]*\)|\{\{[^}]*\}\}|<[^>]*>|\[[^\]]*\]|%[\w.-]+%|\*+|x+|\.+)$/i.test(password)) return true;
  if (/^(?:pass(?:word)?|passwd|pwd|secret|changeit|changeme|test|token|admin|root|user|guest|demo|default|none|null)$/i.test(password)) {
    return true;
  }
  return looksLikePlaceholder(password);
}

const passwordGroupIsReal = (_secret: string, ctx: { match: RegExpExecArray }) => !isPlaceholderPassword(ctx.match[2] ?? "");

/** "user:pass" as given to curl -u: the password part must be real. */
function isRealUserPass(credential: string): boolean {
  const unquoted = credential.replace(/["']/g, "");
  const colon = unquoted.indexOf(":");
  if (colon === -1) return false;
  const user = unquoted.slice(0, colon);
  const password = unquoted.slice(colon + 1);
  if (/^\$\{?[\w.-]+\}?$|^\$\(|^\{\{/.test(user) && (password === "" || isPlaceholderPassword(password))) return false;
  return password.length >= 3 && !isPlaceholderPassword(password);
}

export const WEB_RULES: SecretRule[] = [
  rule({
    id: "database-url-with-password",
    description: "Database / broker connection URI with an embedded password",
    keywords: ["://"],
    precheck: /:\/\/[^:@/\s'"\x60<>]{1,128}:[^@\s'"\x60<>]{1,256}@/,
    pattern: `(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${DB_SCHEMES})://([^:@/\\s'"\\x60<>]{1,128}):([^@\\s'"\\x60<>]{1,256})@[A-Za-z0-9._\\-\\[\\]]{1,253}`,
    flags: "i",
    group: 2,
    score: 1,
    validate: passwordGroupIsReal,
  }),
  rule({
    id: "url-basic-auth",
    description: "URL with basic-auth credentials (scheme://user:password@host)",
    keywords: ["://"],
    precheck: /:\/\/[^:@/\s'"\x60<>]{1,128}:[^@/\s'"\x60<>]{3,256}@/,
    pattern: String.raw`(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://([^:@/\s'"\x60<>]{1,128}):([^@/\s'"\x60<>]{3,256})@[A-Za-z0-9][A-Za-z0-9._-]{0,252}`,
    flags: "i",
    group: 2,
    score: 0.85,
    validate: passwordGroupIsReal,
  }),
  rule({
    id: "curl-auth-header",
    description: "Authorization or API-key header passed to curl",
    keywords: ["curl"],
    pattern: String.raw`(?:^|[ \t\r\n])(?:-H|--header)(?:=|[ \t]{0,5})(["'])(?:Authorization:[ \t]{0,5}(?:(?:Basic|Bearer|(?:Api-)?Token)[ \t]+)?|(?:X-(?:[a-z]+-){0,3})?(?:Api-?)?(?:Key|Token):[ \t]{0,5})([\w=~@.+/-]{8,2000})\1`,
    flags: "i",
    group: 2,
    entropy: 2.75,
    score: 0.9,
    validate: (secret) => !isPlaceholderPassword(secret),
  }),
  rule({
    id: "curl-auth-user",
    description: "Basic-auth credentials passed to curl -u / --user",
    keywords: ["curl"],
    pattern: String.raw`(?:^|[ \t\r\n])(?:-u|--user)(?:=|[ \t]{1,5})("[^"\n]{1,200}"|'[^'\n]{1,200}'|[\w$@.-]{1,100}:(?:"[^"\n]{3,200}"|'[^'\n]{3,200}'|[\w\${}@.!#%^&*+-]{3,200}))(?=\s|$)`,
    group: 1,
    entropy: 2,
    score: 0.9,
    validate: isRealUserPass,
  }),
  rule({
    id: "http-authorization-header",
    description: "Bearer / Basic / token credential in an HTTP Authorization header",
    keywords: ["authorization"],
    pattern: String.raw`Authorization["']?\s*[:=]\s*["']?(?:(Bearer|Basic|Token|Api-Token|Bot|SSWS|GenieKey|Splunk|Key)[ \t]+)([A-Za-z0-9._~+/=-]{16,4000})`,
    flags: "i",
    group: 2,
    entropy: 3,
    score: 0.8,
    validate: (secret, { match }) => {
      if (looksLikePlaceholder(secret)) return false;
      if ((match[1] ?? "").toLowerCase() !== "basic") return true;
      const decoded = decodeBase64(secret);
      return decoded !== null && decoded.includes(":") && !isPlaceholderPassword(decoded.slice(decoded.indexOf(":") + 1));
    },
  }),
  rule({
    id: "cloudant-credentials",
    description: "IBM Cloudant password / API key",
    keywords: ["clou"],
    anchors: ["clou"],
    pattern: String.raw`clou(?:dant)?[\w.-]{0,20}?(?:password|pwd|pw|key|secret|token)[\w.-]{0,10}?[\s'"]{0,3}(?:=>|:=|[=:>,])[\s'"\x60]{0,5}([a-z0-9]{24}|[a-z0-9]{64})(?![a-z0-9])`,
    flags: "i",
    score: 0.85,
  }),
];
