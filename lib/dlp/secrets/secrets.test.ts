import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { body, hex, jwt, upperB32 } from "./fixtures";
import { SECRET_RULES, secretDetector } from "./index";

const types = (text: string, threshold?: number) => secretDetector.detect(text, { threshold }).map((f) => f.type);

const POSITIVES: [string, string][] = [
  ["openai-api-key", `OPENAI_API_KEY=sk-proj-${body(74, 1)}T3BlbkFJ${body(74, 2)}`],
  ["openai-api-key", `key: sk-${body(20, 3)}T3BlbkFJ${body(20, 4)}`],
  ["anthropic-api-key", `export ANTHROPIC_API_KEY="sk-ant-api03-${body(93, 5)}AA"`],
  ["anthropic-admin-api-key", `sk-ant-admin01-${body(93, 6)}AA`],
  ["huggingface-access-token", `token = "hf_${body(34, 7, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}"`],
  ["cohere-api-token", `COHERE_API_KEY=${body(40, 8)}`],
  ["azure-openai-api-key", `AZURE_OPENAI_API_KEY = "${hex(32, 9)}"`],
  ["aws-amazon-bedrock-api-key-long-lived", `ABSK${body(132, 10)}`],
  ["gcp-api-key", `const url = "https://x.googleapis.com/?key=AIza${body(35, 11)}"`],
  ["groq-api-key", `GROQ_API_KEY=gsk_${body(52, 12)}`],
  ["langsmith-api-key", `LANGCHAIN_API_KEY=lsv2_pt_${hex(32, 13)}_${hex(10, 14)}`],
  ["aws-access-token", `aws_access_key_id = AKIA${upperB32(16, 15)}`],
  ["aws-secret-access-key", `aws_secret_access_key = ${body(40, 16)}`],
  ["github-pat", `git clone https://ghp_${body(36, 17)}@github.com/acme/app.git`],
  ["github-fine-grained-pat", `github_pat_${body(82, 18)}`],
  ["gitlab-pat", `glpat-${body(20, 19)}`],
  ["slack-bot-token", `xoxb-${body(13, 20, "0123456789")}-${body(13, 45, "0123456789")}-${body(24, 20)}`],
  ["slack-webhook-url", `https://hooks.slack.com/services/T0000${body(4, 21)}/B0000${body(4, 22)}/${body(24, 23)}`],
  ["stripe-access-token", `Stripe.apiKey = "sk_live_${body(24, 24)}";`],
  ["npm-access-token", `//registry.npmjs.org/:_authToken=npm_${body(36, 25)}`],
  ["sendgrid-api-token", `SG.${body(22, 26)}.${body(43, 27)}`],
  ["jwt", `Authorization: Bearer ${jwt()}`],
  ["database-url-with-password", "DATABASE_URL=postgres://app:Zq7pL2vX9mKc@db.internal:5432/app"],
  ["database-url-with-password", "mongodb+srv://svc:Hk3r9QwLmZ2x@cluster0.abcde.mongodb.net/prod"],
  ["generic-api-key", `payments_api_token = "${body(32, 28)}"`],
  ["generic-password", 'db_password: "Tr0ub4dor&3x!"'],
  ["gcp-service-account", `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${body(64, 29)}\\n-----END PRIVATE KEY-----\\n"}`],
];

describe("secretDetector positives", () => {
  it.each(POSITIVES)("%s", (id, text) => {
    const findings = secretDetector.detect(text);
    expect(findings.map((f) => f.type)).toContain(id);
    for (const f of findings) {
      expect(f.detector).toBe("secret");
      expect(f.tags).toEqual({ owasp: ["LLM02"], atlas: ["AML.T0055"], nist: ["Information Security"] });
      const secret = text.slice(f.start, f.end);
      expect(f.preview).not.toContain(secret);
      expect(f.preview.length).toBeLessThan(secret.length);
    }
  });

  it("finds a PEM private key block (RSA, OpenSSH, PGP)", () => {
    for (const label of ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PGP PRIVATE KEY BLOCK"]) {
      const pem = `-----BEGIN ${label}-----\n${body(64, 30)}\n${body(64, 31)}\n-----END ${label}-----`;
      expect(types(`here is my key:\n${pem}\nthanks`)).toEqual(["private-key"]);
    }
  });

  it("spans cover exactly the secret", () => {
    const token = `ghp_${body(36, 32)}`;
    const text = `use ${token} please`;
    const [f] = secretDetector.detect(text);
    expect(text.slice(f?.start, f?.end)).toBe(token);
    expect(f?.score).toBe(1);
  });

  it("reports the password of a connection string, not the whole URL", () => {
    const text = "redis://default:Pq8wXz3LmN4v@cache:6379";
    const [f] = secretDetector.detect(text);
    expect(text.slice(f?.start, f?.end)).toBe("Pq8wXz3LmN4v");
  });
});

describe("secretDetector hard negatives", () => {
  it.each([
    ["x-padded GitHub token", `ghp_${"x".repeat(36)}`],
    ["AWS documentation key", "AKIAIOSFODNN7EXAMPLE"],
    ["placeholder assignment", 'api_key = "your_api_key_here"'],
    ["changeme password", "password: changeme"],
    ["templated connection string", "postgres://app:${DB_PASSWORD}@db:5432/app"],
    ["placeholder connection string", "mysql://root:<password>@localhost/db"],
    ["identifier value", 'api_key = "MY_SERVICE_API_KEY"'],
    ["key-ish names holding ids", 'clientId = "73082700-1f09-405b-80d0-3131bfd6272d"; keyPressed = kVK_Return'],
    ["public key", `public_key = "${body(43, 33)}"`],
    ["version string", "API_VERSION=rc0.13.0_20230412_0712-SNAPSHOT"],
    ["env reference", "OPENAI_API_KEY=${{ secrets.OPENAI_API_KEY }}"],
    ["stripe publishable key", `pk_live_${body(24, 34)}`],
    ["stripe-like word", `task_test_${body(30, 35)}`],
    ["OpenAI-like key without marker", `sk-${body(48, 36)}`],
    ["prose about tokens", "The model has a max token budget; the key point is that secrets should never be pasted."],
    ["empty PEM", "-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----"],
    ["file path", 'secret_file = "/etc/app/secrets/prod.json"'],
  ])("%s", (_name, text) => {
    expect(types(text)).toEqual([]);
  });

  it("rejects structural look-alikes whose embedded check fails", () => {
    // JWT-shaped but the header does not decode to JSON with "alg".
    expect(types(`${jwt('{"typ":"JWT"}')}`)).toEqual([]);
    expect(types(`eyJ${body(30, 37)}.eyJ${body(40, 38)}.${body(43, 39)}`)).toEqual([]);
    // Vault "s." token made only of letters, base64 "JWT" whose inner header is not JOSE.
    expect(types(`token s.${"abcdefghijklmnopqrstuvwx"}`)).toEqual([]);
    expect(types(`ZXlK${btoa("not a jwt at all, just text that is long enough").slice(4)}`)).toEqual([]);
  });

  it("needs the Kubernetes Secret kind for data values", () => {
    const data = `data:\n  password: ${btoa("s3cr3t-v4lue!")}\n`;
    expect(types(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n${data}`)).toContain("kubernetes-secret-yaml");
    expect(types(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\n${data}`)).not.toContain("kubernetes-secret-yaml");
  });
});

describe("options", () => {
  const generic = `service_token = "${body(32, 40)}"`;

  it("respects the threshold: generic rules score below prefixed ones", () => {
    expect(types(generic)).toEqual(["generic-api-key"]);
    expect(types(generic, 0.8)).toEqual([]);
    expect(types(`ghp_${body(36, 41)}`, 1)).toEqual(["github-pat"]);
  });

  it("restricts to the requested rule ids", () => {
    const text = `${generic}\nghp_${body(36, 42)}`;
    expect(secretDetector.detect(text, { only: new Set(["github-pat"]) }).map((f) => f.type)).toEqual(["github-pat"]);
  });
});

describe("fast paths", () => {
  it("reports time per rule (and the keyword gate) only when asked", () => {
    const text = `ghp_${body(36, 46)} and token = "${body(32, 47)}"`;
    const seen = new Map<string, number>();
    const findings = secretDetector.detect(text, { profile: (id, ms) => seen.set(id, (seen.get(id) ?? 0) + ms) });
    expect(findings.map((f) => f.type)).toEqual(["github-pat", "generic-api-key"]);
    expect([...seen.keys()]).toEqual(expect.arrayContaining(["secret:gate", "github-pat", "generic-api-key"]));
    for (const ms of seen.values()) expect(ms).toBeGreaterThanOrEqual(0);
    expect(secretDetector.detect(text)).toEqual(findings);
  });

  it("keeps the meaning of the regexes rewritten for speed", () => {
    // Azure OpenAI "api-key" header: only after an openai.azure.com endpoint on the same line (was a leading lookbehind).
    const key = hex(32, 48);
    expect(types(`url = "https://acme.openai.azure.com/openai"; headers = { "api-key": "${key}" }`)).toContain("azure-openai-api-key");
    expect(types(`url = "https://acme.openai.azure.com/openai"\nheaders = { "api-key": "${key}" }`)).not.toContain("azure-openai-api-key");
    // Discord bot token: the left edge check moved after the first character.
    const bot = `M${body(23, 49)}.${body(6, 50)}.${body(27, 51)}`;
    expect(types(`DISCORD_BOT=${bot}`)).toContain("discord-bot-token");
    expect(types(`x${bot}`)).not.toContain("discord-bot-token");
  });

  it("anchored rules find assignments wherever their common keyword appears", () => {
    const value = body(32, 52);
    for (const text of [`token = "${value}"`, `my TOKEN: ${value}`, `apikey=${value}`, `"access_token": "${value}"`, `x.secret.access.key = ${body(40, 53)} # aws`]) {
      expect(secretDetector.detect(text).length, text).toBe(1);
    }
    expect(types("the token budget and the key points, then access the api docs")).toEqual([]);
  });
});

describe("rule table", () => {
  it("has at least 150 rules with unique gitleaks-style ids", () => {
    expect(SECRET_RULES.length).toBeGreaterThanOrEqual(150);
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["openai-api-key", "anthropic-api-key", "anthropic-admin-api-key", "huggingface-access-token", "cohere-api-token", "aws-access-token", "gcp-api-key", "github-pat", "github-fine-grained-pat", "gitlab-pat", "slack-bot-token", "slack-webhook-url", "stripe-access-token", "private-key", "jwt", "generic-api-key"]) {
      expect(ids).toContain(id);
    }
  });

  it("uses lowercase keywords and global, index-reporting regexes", () => {
    for (const r of SECRET_RULES) {
      expect(r.keywords.length, r.id).toBeGreaterThan(0);
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      expect(r.regex.flags, r.id).toContain("g");
      expect(r.regex.flags, r.id).toContain("d");
      expect(r.score, r.id).toBeGreaterThan(0);
      expect(r.score, r.id).toBeLessThanOrEqual(1);
    }
  });

  it("scans a 16 KB prompt without secrets quickly", () => {
    const prompt = "Summarise the quarterly report; mention the key risks, the API budget and token usage. ".repeat(190);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) secretDetector.detect(prompt);
    expect(secretDetector.detect(prompt)).toEqual([]);
    expect((performance.now() - t0) / 20).toBeLessThan(20); // generous bound: CI machines vary
  });
});

describe("properties", () => {
  const tokenish = fc.constantFrom(`ghp_${body(36, 43)}`, `AKIA${upperB32(16, 44)}`, jwt(), "postgres://u:Pq8wXz3LmN4v@h/db", "-----BEGIN PRIVATE KEY-----", "api_key = ", "\n", '"', "=");
  const text = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), tokenish), { maxLength: 30 }).map((parts) => parts.join(""));

  it("never throws, keeps spans inside the text, sorted and non-overlapping", () => {
    fc.assert(
      fc.property(text, (t) => {
        const findings = secretDetector.detect(t);
        let lastEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          lastEnd = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
