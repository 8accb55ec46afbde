// Secrets: where provider keys live, how old they are, and whether they turn up in code or in LLM traffic.
import { MANUAL_SECRET_PURPOSES, REQUIRED_SECRETS, type IntegrationProvider } from "@/lib/integrations/providers";
import type { Control, Evaluator } from "../types";
import { automated, countFindings, daysBetween, fail, isExternalProvider, isoDate, listOf, manual, needsAttestation, notApplicable, pass, plural, quoted, tail, usageLabel } from "./helpers";

const ROTATED_BY_HAND: ReadonlySet<string> = new Set(MANUAL_SECRET_PURPOSES);

export const SECRET_CONTROLS: Control[] = [
  automated("SEC", "providerKeysStoredEncrypted", {
    id: "LSO-SEC-01",
    title: "Provider keys are stored encrypted or in a secret manager",
    description: "Every external model provider the app calls uses a credential registered in the console (envelope-encrypted, shown only by its last four characters) or attested to live in a secret manager.",
    rationale: "Keys kept in config files, environment files or wikis are copied, logged and leaked; a vault gives encryption at rest, ownership and a rotation date.",
    remediation: "Integrations → Add → LLM provider: store the key, then on the app's page link each model usage to that credential. If the key lives in a cloud secret manager instead, attest it here naming the secret's path.",
    severity: "HIGH",
    weight: 3,
    mappings: { owaspLlm: ["LLM02", "LLM10"], nistAiRmf: ["MEASURE 2.7", "MANAGE 1.3"], nistAi600: ["Information Security"], atlas: ["AML.M0012", "AML.M0005"] },
  }),
  automated("SEC", "secretsRotatedWithinPolicy", {
    id: "LSO-SEC-02",
    title: "Keys and secrets are rotated within policy",
    description: "Every hand-managed key, client secret and service-account key the app uses was rotated within its rotation policy and has not expired (OAuth tokens renew themselves and are not counted).",
    rationale: "A key that is never rotated stays valid for whoever copied it; rotation bounds the window of a silent leak.",
    remediation: "Integrations → Rotation lists overdue secrets: create a new key in the provider's console, paste it with Rotate, revoke the old one at the provider, and shorten the policy if rotation keeps slipping.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM02"], nistAiRmf: ["MANAGE 2.4", "MEASURE 2.7"], nistAi600: ["Information Security"], atlas: ["AML.M0005"] },
  }),
  automated("SEC", "noSecretsInCodeScans", {
    id: "LSO-SEC-03",
    title: "No secrets in code: keys are injected at deploy time",
    description: "The app's code scans (SARIF from a secret scanner or SAST tool) report no open hard-coded secret (secret-scanner results or CWE-798).",
    rationale: "A key committed to a repository is readable by every clone, fork and CI log; it has to come from a secret store at deploy time.",
    remediation: "Run a secret scanner (gitleaks, trufflehog) in CI and import its SARIF under Findings → Imports; revoke and rotate each reported key, move it to the secret store and inject it as an environment variable or mounted secret.",
    severity: "CRITICAL",
    weight: 2,
    mappings: { owaspLlm: ["LLM02", "LLM03"], nistAiRmf: ["MEASURE 2.7", "MANAGE 1.3"], nistAi600: ["Information Security"], atlas: ["AML.M0016", "AML.M0012"] },
  }),
  automated("SEC", "noSecretsInTraffic", {
    id: "LSO-SEC-04",
    title: "No secrets in prompts or responses",
    description: "DLP on the app's captured prompts and completions reports no open secret finding, and no stored integration secret was seen in its LLM traffic.",
    rationale: "A secret in a prompt is sent to the model provider, kept in its logs and can be echoed back to another user.",
    remediation: "Open the app's secret findings (Findings, source DLP, detector secret), rotate each exposed key under Integrations → Rotation, and set the app's DLP policy (DLP → Policies) to redact or block secrets.",
    severity: "CRITICAL",
    weight: 3,
    mappings: { owaspLlm: ["LLM02", "LLM07"], nistAiRmf: ["MEASURE 2.10", "MANAGE 4.1"], nistAi600: ["Information Security", "Data Privacy"], atlas: ["AML.M0020", "AML.M0024"] },
  }),
  manual("SEC", "Name the secret store and how secrets reach the runtime (e.g. Vault agent, AWS Secrets Manager with IAM role, Kubernetes external secrets).", 180, {
    id: "LSO-SEC-05",
    title: "Secrets are injected at deploy time from a secret manager",
    description: "The runtime receives keys from a secret manager at deploy or start time; no secret is baked into images, environment files or the system prompt.",
    rationale: "Keys in images and environment files spread to registries, backups and crash dumps; a secret manager keeps one revocable copy.",
    remediation: "Move keys into the cloud secret manager (or Vault), grant the workload identity read access to only its secrets, reference them from the deployment manifest, rebuild images without them, then attest here.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM02", "LLM07"], nistAiRmf: ["MANAGE 1.3"], nistAi600: ["Information Security"], atlas: ["AML.M0012"] },
  }),
];

const providerKeysStoredEncrypted: Evaluator = (e) => {
  const usages = e.modelUsages.filter((u) => isExternalProvider(u.provider));
  if (usages.length === 0) return notApplicable("The app calls no external model provider");
  const byId = new Map(e.credentials.map((c) => [c.id, c]));
  const unregistered: string[] = [];
  const notStored: string[] = [];
  for (const u of usages) {
    const c = u.credentialId ? byId.get(u.credentialId) : undefined;
    if (!c) unregistered.push(usageLabel(u));
    else if ((REQUIRED_SECRETS[c.provider as IntegrationProvider] ?? []).some((p) => !c.secrets.some((s) => s.purpose === p))) notStored.push(`${quoted(c.name)} (no key stored)`);
  }
  const stored = usages.length - unregistered.length - notStored.length;
  const head = `${stored} of ${plural(usages.length, "model usage")} use a key held encrypted in the console`;
  if (unregistered.length + notStored.length === 0) return pass(head);
  return needsAttestation(`${head}; ${listOf([...unregistered.map((u) => `${u} has no registered credential`), ...notStored])}: register the key or attest a secret manager`);
};

const secretsRotatedWithinPolicy: Evaluator = (e) => {
  const secrets = e.credentials.flatMap((c) => c.secrets.filter((s) => ROTATED_BY_HAND.has(s.purpose)).map((s) => ({ ...s, credential: c.name })));
  if (secrets.length === 0) return notApplicable("The app uses no hand-managed key or secret (OAuth tokens renew themselves)");
  const late: string[] = [];
  for (const s of secrets) {
    const age = daysBetween(s.lastRotatedAt, e.now);
    if (s.expiresAt && s.expiresAt.getTime() <= e.now.getTime()) late.push(`key ${tail(s.last4)} (${s.credential}) expired on ${isoDate(s.expiresAt)}`);
    else if (age > s.rotationDays) late.push(`key ${tail(s.last4)} (${s.credential}) is ${age} days old (policy ${s.rotationDays})`);
  }
  const head = `${secrets.length - late.length} of ${plural(secrets.length, "stored key")} rotated within policy`;
  return late.length ? fail(`${head}; ${listOf(late, 2)}`) : pass(head);
};

const noSecretsInCodeScans: Evaluator = (e) => {
  if (e.imports.length === 0) return needsAttestation("No code scan (SARIF or SBOM) has been imported for the app");
  const last = e.imports.reduce((a, b) => (a.lastAt > b.lastAt ? a : b));
  const leaks = countFindings(e, (f) => f.source === "SAST" || f.source === "SCA", "secretLike");
  const when = `last import ${isoDate(last.lastAt)}`;
  return leaks ? fail(`${plural(leaks, "hard-coded secret")} open in code scans (${when})`) : pass(`No open hard-coded secret in code scans (${when})`);
};

const noSecretsInTraffic: Evaluator = (e) => {
  const dlp = countFindings(e, (f) => f.source === "DLP" && f.detector === "secret");
  const known = countFindings(e, (f) => f.source === "CORRELATION" && f.ruleId === "known-secret-in-traffic");
  if (dlp + known > 0) {
    const parts = [dlp ? `${plural(dlp, "open DLP secret finding")} in prompts or responses` : "", known ? `${plural(known, "stored integration secret")} seen in traffic` : ""];
    return fail(parts.filter(Boolean).join("; "));
  }
  const { events30d, scannedEvents30d } = e.traffic;
  if (events30d === 0) return notApplicable("No LLM traffic in the last 30 days, so nothing to scan");
  if (scannedEvents30d === 0) return needsAttestation(`None of the ${events30d.toLocaleString("en-US")} LLM events of the last 30 days captured a prompt or completion, so none was scanned`);
  return pass(`No open secret finding; ${scannedEvents30d.toLocaleString("en-US")} captured prompts/responses scanned in the last 30 days`);
};

export const SECRET_EVALUATORS: Record<string, Evaluator> = { providerKeysStoredEncrypted, secretsRotatedWithinPolicy, noSecretsInCodeScans, noSecretsInTraffic };
