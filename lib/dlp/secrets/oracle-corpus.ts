// Test-only: a deterministic generated corpus for oracle.test.ts (real-looking keys for every rule, near misses,
// structured log lines, assignments with low and high entropy values, prose, odd Unicode).
import fc from "fast-check";
import { body, hex, jwt, upperB32 } from "./fixtures";
import { SECRET_RULES } from "./rules";

/** Drops lookarounds and ^/$ so fast-check can generate strings for the body of a rule's regex. */
export function regexBody(source: string): string {
  let out = "";
  let i = 0;
  const skipClass = (j: number) => {
    j++;
    if (source[j] === "^") j++;
    if (source[j] === "]") j++;
    while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
    return j + 1;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      const j = skipClass(i);
      out += source.slice(i, j);
      i = j;
    } else if (/^\(\?(?:<[!=]|[=!])/.test(source.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        const d = source[j];
        if (d === "\\") j++;
        else if (d === "[") j = skipClass(j) - 1;
        else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      i = j + 1;
    } else {
      if (c !== "^" && c !== "$") out += c;
      i++;
    }
  }
  return out;
}

/** A few generated matches of every rule's regex body (rules fast-check cannot generate for are skipped). */
export function ruleSamples(seed: number, perRule: number): string[] {
  const samples: string[] = [];
  SECRET_RULES.forEach((rule, i) => {
    try {
      const arb = fc.stringMatching(new RegExp(regexBody(rule.regex.source)), { size: "xsmall" });
      samples.push(...fc.sample(arb, { seed: seed + i, numRuns: perRule }));
    } catch {
      // back-references and the like: covered by the hand-written pieces below
    }
  });
  return samples;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

const NAMES = [
  "api_key", "apiKey", "API_KEY", "token", "Token", "auth_token", "secret", "client_secret", "password", "passwd", "pwd",
  "db_pass", "DB_PASSWORD", "access_key", "accessKey", "credentials", "creds", "mykey", "x-api-key", "AWS_SECRET_ACCESS_KEY",
  "aws_secret_key", "aws.secret.access.key", "secret.access.key", "secret_access_key", "ibm_cloud_api_key", "IBM_PASSWORD",
  "cloudant_password", "clou_key", "discord_token", "DISCORD_CLIENT_SECRET", "together_api_key", "TOGETHER_KEY", "token budget",
  "api  key", "max_tokens", "input_tokens", "public_key", "keyboard", "access_level", "password_policy", "secret_name",
  "github_token", "slack_token", "authorization", "Authorization", "vault_token", "twilio_key", "airtable_pat",
];
const OPERATORS = ["=", ":", " = ", ": ", "=>", " => ", ":=", "::=", "?=", ".=", "==", "===", "!=", "!==", "||", ",", "(", " :", "\t=\t", "  =  ", '": "', "'='", " "];
const QUOTES = ["", '"', "'", "`"];
const ENDS = ["", " ", "\n", '"', "'", ";", ",", ")", "}", "\\n", "&", "|"];

const value = fc.oneof(
  fc.constantFrom("changeme", "hello_world", "aaaaaaaaaaaaaaaa", "your_api_key_here", "${API_KEY}", "process.env.KEY", "1.2.3", "true", "MY_SERVICE_API_KEY", "config.apiKey", "/etc/app/key.pem"),
  chars(ALNUM, 6, 64),
  chars("0123456789abcdef", 16, 64),
  chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", 20, 88),
  chars("0123456789", 15, 20),
  chars(`${ALNUM}/+`, 40, 40),
  fc.uuid(),
  chars("abcdefghijklmnopqrstuvwxyz", 8, 30),
  chars(`${ALNUM}!@#$%^&*._-`, 6, 30),
);

const assignment = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...OPERATORS), fc.constantFrom(...QUOTES), value, fc.constantFrom(...ENDS))
  .map(([name, op, q, v, end]) => `${name}${op}${q}${v}${q}${end}`);

/** Keyword + a random run of name, space, quote and operator characters + a value: fuzzes the anchored fast path. */
const shapes = fc
  .tuple(
    fc.constantFrom("access", "auth", "API", "credential", "creds", "Key", "passwd", "password", "pass", "secret", "token", "pwd", "aws", "cloud", "discord"),
    fc.string({ unit: fc.constantFrom("a", "Z", "9", "_", ".", "-", " ", "\t", '"', "'", "=", ":", ">", ",", "(", "!", "?", "|", "\n", "\u00a0", "[", "]"), maxLength: 30 }),
    chars(`${ALNUM}./=~+-`, 6, 44),
    fc.constantFrom(...ENDS),
  )
  .map(([k, mid, v, end]) => `${k}${mid}${v}${end}`);

const WORDS =
  "the model answer token key secret password access api auth cloud together discord pattern path task ask risk desk s. amazonaws.com budget context window please summarize report".split(" ");
const prose = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 25 }).map((w) => `${w.join(" ")}.`);

const logLine = fc
  .tuple(fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom("gpt-4o", "anthropic.claude-3", "amazon.titan-text"), prose, fc.integer({ min: 1, max: 5000 }))
  .map(([ts, ip, model, text, n]) =>
    [
      JSON.stringify({ eventTime: new Date(ts * 1000).toISOString(), eventSource: "bedrock.amazonaws.com", sourceIPAddress: `10.0.${ip}.${(ip * 7) % 255}`, requestParameters: { modelId: model, note: text } }),
      JSON.stringify({ ts, type: "response", usage: { input_tokens: n, output_tokens: n % 97 }, output: text }),
      `${new Date(ts * 1000).toISOString()} INFO s.request id=${ts.toString(16)} user=u${ip} latency_ms=${n} model=${model}`,
    ][n % 3]!,
  );

/** Small edits that usually break a real key: truncate, glue, case flip, inserted separator. */
function nearMiss(token: string, k: number): string {
  switch (k % 5) {
    case 0:
      return token.slice(0, Math.max(1, token.length - 2));
    case 1:
      return `x${token}9`;
    case 2:
      return token === token.toUpperCase() ? token.toLowerCase() : token.toUpperCase();
    case 3:
      return `${token.slice(0, token.length >> 1)}-${token.slice(token.length >> 1)}`;
    default:
      return `${token}${token.slice(-5)}`;
  }
}

const noise = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("\uD800", "\uDFFF", "İstanbul", "\u212Aey=", "ſecret", "é", "日本語のテキスト", "🔑", "\u0000", "-----BEGIN RSA PRIVATE KEY-----\n"),
);

/** Hand-made real-looking keys for rules whose checks random generation rarely passes (decoding, entropy). */
export function handmadeKeys(): string[] {
  return [
    jwt(),
    `Authorization: Bearer ${jwt()}`,
    `s.${body(24, 51)}`,
    `hvs.${body(95, 52)}`,
    `SK${hex(32, 53)}`,
    `M${body(23, 54)}.${body(6, 55)}.${body(27, 56)}`,
    `N${body(25, 57)}.${body(6, 58)}.${body(38, 59)}`,
    `AKIA${upperB32(16, 60)}`,
    `aws_secret_access_key = ${body(40, 61)}`,
    `secret.access.key: "${body(40, 62)}"`,
    `region=us-east-1 profile=aws; secret.access.key = ${body(40, 80)}`,
    `AWS creds: secret-access-key: '${body(40, 81)}'`,
    `ghp_${body(36, 63)}`,
    `sk-proj-${body(74, 64)}T3BlbkFJ${body(74, 65)}`,
    `xoxb-${body(12, 66, "0123456789")}-${body(12, 67, "0123456789")}-${body(24, 68)}`,
    `pat${body(14, 69)}.${hex(64, 70)}`,
    `together_api_key = ${hex(64, 71)}`,
    `ibm_cloud_api_key: ${body(44, 72, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
    `cloudant_password = ${body(24, 73, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
    `discord_client_secret = "${body(32, 74, "abcdefghijklmnopqrstuvwxyz0123456789")}"`,
    `tgp_v1_${body(43, 75)}`,
    "postgres://app:Zq7pL2vX9mKc@db.internal:5432/app",
    "curl -u admin:Pq8wXz3LmN4v https://example.org",
    `curl -H "Authorization: Bearer ${body(40, 76)}" https://api.example.org`,
    `-----BEGIN RSA PRIVATE KEY-----\n${body(64, 77)}\n${body(64, 78)}\n-----END RSA PRIVATE KEY-----`,
    `apiVersion: v1\nkind: Secret\ndata:\n  password: ${btoa("s3cr3t-v4lue!")}\n`,
    `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${body(64, 79)}"}`,
    `db_password: "Tr0ub4dor&3x!"`,
  ];
}

export function oracleCorpus(seed: number, size: number): string[] {
  const samples = [...ruleSamples(seed, 3), ...handmadeKeys()];
  const sample = fc.constantFrom(...samples);
  const piece = fc.oneof(
    { weight: 4, arbitrary: sample },
    { weight: 2, arbitrary: fc.tuple(sample, fc.nat()).map(([s, k]) => nearMiss(s, k)) },
    { weight: 3, arbitrary: assignment },
    { weight: 3, arbitrary: shapes },
    { weight: 2, arbitrary: logLine },
    { weight: 2, arbitrary: prose },
    { weight: 1, arbitrary: noise },
  );
  const separator = fc.constantFrom(" ", "\n", "\t", ", ", "; ", "", " | ", '"', "\r\n");
  const text = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(""));
  // Every sample once in a random context (so each rule is exercised), then random mixtures.
  const context = fc.sample(fc.tuple(piece, separator, piece, separator, fc.nat()), { seed: seed + 1, numRuns: samples.length });
  const wrapped = samples.map((s, i) => {
    const [before, sep1, after, sep2, k] = context[i]!;
    return k % 4 === 0 ? s : k % 4 === 1 ? `${before}${sep1}${s}` : k % 4 === 2 ? `${s}${sep2}${after}` : `${before}${sep1}${s}${sep2}${after}`;
  });
  return [...wrapped, ...fc.sample(text, { seed, numRuns: size })];
}
