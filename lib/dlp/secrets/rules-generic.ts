// Catch-all rules: a high-entropy value assigned to a credential-like name, and password assignments.
import { charClassCount, isWordLike, looksLikePath, looksLikePlaceholder, shannonEntropy, UUID_RE } from "./entropy";
import { rule, type SecretRule, type ValidationContext } from "./rule";

const OPERATOR = String.raw`[\s'"]{0,3}(?:=>|:{1,3}=|\?=|\.=|===?|!==?|\|\||[=:>,(])[\s'"\x60=@]{0,5}`;
const END = String.raw`(?=[\x60'"\s;,)\]}<>&|]|\\[nrt]|$)`;

/** Names that contain a credential word but hold ids, sizes, URLs, UI state or public values. */
const NAME_DENY = new RegExp(
  [
    String.raw`access(?:ibility|or|ed|es)|access[_.-]?(?:id|level|type|mode|log|control|count|date|time|policy|right|list)`,
    String.raw`random[_.-]?access|api[_.-]?(?:id|name|version|url|uri|endpoint|base|host|path|level|group|docs?|prefix|server|gateway|timeout|status|type)`,
    String.raw`rapid|capital|author(?!i[sz])|authentication-results|x-ms-exchange-organization-auth`,
    String.raw`credentials?[_.-]?(?:id|type|provider|file|path|name|helper|source)|withcredentials`,
    String.raw`(?:bucket|foreign|hot|idx|natural|primary|pub|public|schema|sequence|sort|partition|cache|row|object|map|dict|lookup|unique|composite|sharding|routing|react|list|hash|redis|s3|storage|i18n|translation|message|label|property|attribute|field|column|index|group|ssh|host)[_.-]?keys?`,
    String.raw`turkey|[dm]onkey|keyboard|keyframe|keyword|keystroke|keyring|keystore|keytab|keying|keychain|keypair|keyspace|keycode|keydown|keyup`,
    String.raw`key[_.-]?(?:alias|board|code|frame|id|length|mesh|name|pair|press(?:ed)?|ring|selector|signature|size|stone|storetype|word|up|down|left|right|file|path|type|usage|format|algorithm|version|count|prefix|hash|event|binding|map|fingerprint)`,
    String.raw`key[_.-]?vault|keyvaulttostoresecrets|issuerkeyhash|usersecretsid`,
    String.raw`secret[_.-]?(?:length|name|size|id|ref|arn|path|file|manager|store|version|type|provider|mount|engine|backend|source|namespace)`,
    String.raw`(?:csrf|xsrf|anti[_.-]?forgery|authenticity|verification|page|next|continuation|cursor|pagination|refresh[_.-]?interval)[_.-]?token`,
    String.raw`(?:token|api|credentials?|auth)[_.-]?(?:endpoint|url|uri|type|expir\w*|ttl|length|lifetime|file|path|count|limit|usage|scope|provider|header|method|mode|strategy|enabled|required|status|server|domain|issuer|audience)`,
    String.raw`public[_.-]?(?:token|key)|max[_.-]?tokens?|num[_.-]?tokens|tokeni[sz]e|tokens?[_.-]?(?:used|count|budget|input|output|total)|(?:input|output|total|prompt|completion)[_.-]?tokens?`,
    String.raw`password[_.-]?(?:policy|length|min|max|reset|field|label|hint|placeholder|regex|pattern|strength|expir\w*|confirm\w*|prompt|input|required|changed|visible)`,
  ].join("|"),
  "i",
);

const STOPWORDS = [
  "snapshot", "release", "version", "localhost", "example", "sample", "default", "undefined", "function", "return",
  "string", "integer", "boolean", "bearer", "config", "settings", "project", "package", "module", "import", "export",
  "template", "variable", "parameter", "property", "environment", "production", "staging", "development", "secretsmanager",
  "keyvault", "vault:", "arn:aws", "process.env", "os.environ", "getenv", "system.getenv", "env.", "secrets.", "vars.",
];

/** [\w.-] */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/** Walks back from the keyword to the start of the identifier it belongs to (e.g. "my_api_key"). */
function identifierAt(text: string, keywordStart: number, valueStart: number): string {
  let i = keywordStart;
  while (i > 0 && i > keywordStart - 60 && isNameChar(text.charCodeAt(i - 1))) i--;
  const head = text.slice(i, valueStart);
  const name = /^[\w.-]+/.exec(head);
  return name ? name[0] : head;
}

function commonRejects(secret: string): boolean {
  const lower = secret.toLowerCase();
  if (looksLikePlaceholder(secret) || looksLikePath(secret)) return true;
  if (STOPWORDS.some((w) => lower.includes(w))) return true;
  if (/^\d+(?:[._:-]\d+)*$/.test(secret) || /^v?\d+\.\d+\.\d+/.test(secret)) return true; // numbers, versions, dates
  if (/^ENC\[|^[A-Za-z_.\-=]+$/.test(secret)) return true; // SOPS ciphertext, names and key=value pairs without digits
  if (/^[a-z][\w-]{0,20}(?:\.[a-z][\w-]{0,20}){2,}$/i.test(secret)) return true; // dotted package / property names
  if (/^[A-Za-z_]\w*:$/.test(secret)) return true; // a following "name:" was captured, not a value
  return /^[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/.test(secret) || /^[A-Z][a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/.test(secret); // camelCase identifiers
}

// Checks run cheapest first (they are pure: the order does not change the verdict). Structured logs produce many
// structural matches such as `"key created", "expected_alert"` that the word-like test rejects at once.
function isGenericSecret(secret: string, { text, start, match }: ValidationContext): boolean {
  if (isWordLike(secret) || commonRejects(secret)) return false;
  const name = identifierAt(text, match.index, start);
  if (NAME_DENY.test(name)) return false;
  if (/^[A-Za-z_]+(?:\.[A-Za-z_]+)+(?:\(\))?$/.test(secret)) return false; // member access: config.apiKey
  if (UUID_RE.test(secret)) return /token|secret|passw|pwd|api[_.-]?key|auth/i.test(name);
  return shannonEntropy(secret) >= 3.5 && charClassCount(secret) >= 2;
}

function isPassword(secret: string, { text, start, match }: ValidationContext): boolean {
  if (isWordLike(secret) || commonRejects(secret)) return false;
  if (NAME_DENY.test(identifierAt(text, match.index, start))) return false;
  if (/^\$|^%[a-z]|\{\{|^@[A-Za-z_]+$|\(\)$/.test(secret) && !/[^\w${}()%@.]/.test(secret)) return false;
  return shannonEntropy(secret) >= 2.5 && charClassCount(secret) >= 2;
}

const GENERIC_KEYWORDS = ["access", "api", "auth", "key", "credential", "creds", "passwd", "password", "secret", "token", "pwd"];

export const GENERIC_RULES: SecretRule[] = [
  rule({
    id: "generic-api-key",
    description: "High-entropy value assigned to a key / token / secret / password / credential name",
    keywords: ["access", "api", "auth", "key", "credential", "creds", "passwd", "password", "secret", "token", "pwd"],
    anchors: GENERIC_KEYWORDS,
    pattern:
      String.raw`(?:access|auth|api|credential|creds|key|passw(?:or)?d|secret|token|pwd)[\w.\-]{0,20}?(?:[ \t]+[\w.\-]{1,12})?` +
      OPERATOR +
      String.raw`([\w.=~+/\-]{10,150})` +
      END,
    flags: "i",
    score: 0.7,
    validate: isGenericSecret,
    rescore: (secret) => (UUID_RE.test(secret) ? 0.6 : shannonEntropy(secret) >= 4 ? 0.75 : 0.7),
  }),
  rule({
    id: "generic-password",
    description: "Password-like value assigned to a password / passwd / pwd / secret name",
    keywords: ["pass", "pwd", "secret"],
    anchors: ["pass", "pwd", "secret"],
    pattern:
      String.raw`(?:passw(?:or)?d|pass|pwd|secrete?)[\w.\-]{0,20}?(?:\[\d*\])?` +
      OPERATOR +
      String.raw`(?:"([^"\s]{6,128})"|'([^'\s]{6,128})'|\x60([^\x60\s]{6,128})\x60|([^\s"'\x60,;]{6,128})` +
      END +
      ")",
    flags: "i",
    group: [1, 2, 3, 4],
    score: 0.6,
    validate: isPassword,
  }),
];
