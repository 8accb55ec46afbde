// Content safety: filtering of inputs and outputs, prompt-injection detection, guardrail coverage of real traffic.
import type { AppEvidence, Control, Evaluator } from "../types";
import { automated, capitalize, fail, manual, notApplicable, pass, percent } from "./helpers";

/** Share of the app's calls that must have been scanned for guardrail coverage to pass. */
export const GUARDRAIL_COVERAGE = 0.95;
const ENFORCING: ReadonlySet<string> = new Set(["REDACT", "BLOCK"]);

export const SAFETY_CONTROLS: Control[] = [
  automated("SAFE", "contentFilteringEnabled", {
    id: "LSO-SAFE-01",
    title: "Input and output content filtering is enabled",
    description: "The DLP policy that applies to the app runs the content-safety detector (hate, violence, sexual, self-harm, profanity) on prompts and completions.",
    rationale: "Models can be steered into producing harmful or abusive content, and users send it; unfiltered, both reach people and logs.",
    remediation: "DLP → Policies: enable the Safety detector in the app's policy (or the org default) and pick an action; call POST /api/v1/dlp/scan with the app's id on both the prompt and the completion.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM05", "LLM01"], nistAiRmf: ["MEASURE 2.6", "MANAGE 2.4"], nistAi600: ["Dangerous, Violent, or Hateful Content", "Obscene, Degrading, and/or Abusive Content"], atlas: ["AML.M0020"] },
  }),
  automated("SAFE", "injectionDetectionEnabled", {
    id: "LSO-SAFE-02",
    title: "Prompt-injection detection runs on inputs",
    description: "The DLP policy that applies to the app runs the prompt-injection detector (instruction override, system-prompt extraction, markdown exfiltration) on inputs.",
    rationale: "Prompt injection, direct or through retrieved documents, is the first step of most LLM attacks: jailbreaks, data exfiltration and tool abuse.",
    remediation: "DLP → Policies: enable the Injection detector in the app's policy (or the org default); scan user input and retrieved context before they are added to the prompt.",
    severity: "HIGH",
    weight: 3,
    mappings: { owaspLlm: ["LLM01", "LLM07"], nistAiRmf: ["MEASURE 2.7", "MANAGE 2.4"], nistAi600: ["Information Security", "Information Integrity"], atlas: ["AML.M0015", "AML.M0020"] },
  }),
  automated("SAFE", "guardrailCoverage", {
    id: "LSO-SAFE-03",
    title: "Guardrails cover the app's real traffic",
    description: `At least ${GUARDRAIL_COVERAGE * 100}% of the app's LLM calls of the last 30 days had their prompt or completion captured and scanned.`,
    rationale: "A guardrail that only sees part of the traffic gives a false sense of safety; coverage measured from traffic shows what actually passed through scanning.",
    remediation: "Capture prompts and completions for every call path of the app (gateway request logging, provider log connectors with content, or OTLP traces with gen_ai input/output messages), and make sure each path is mapped to the app.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM01", "LLM05"], nistAiRmf: ["MEASURE 2.4", "MEASURE 1.2"], nistAi600: ["Information Security", "Information Integrity"], atlas: ["AML.M0020", "AML.M0024"] },
  }),
  automated("SAFE", "exposedAppsEnforce", {
    id: "LSO-SAFE-04",
    title: "Public and partner apps block or redact, not only alert",
    description: "An app exposed to partners or the public has a DLP policy with the injection or safety detector whose action is redact or block.",
    rationale: "Alerts arrive after the harmful answer or the exfiltration; for outsiders' traffic the guardrail must act inline.",
    remediation: "DLP → Policies → the app's policy: set Action to Block (or Redact) with the Injection and Safety detectors enabled, and make the app honour the returned decision.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM01", "LLM05"], nistAiRmf: ["MANAGE 2.4", "MANAGE 1.3"], nistAi600: ["Information Security", "Dangerous, Violent, or Hateful Content"], atlas: ["AML.M0020"] },
  }),
  manual("SAFE", "Describe how model output is validated or encoded before it reaches HTML, SQL, shells or tools.", 365, {
    id: "LSO-SAFE-05",
    title: "Model output is treated as untrusted",
    description: "Output is encoded for its sink (HTML, Markdown, SQL, shell) and validated against a schema before tools or downstream systems act on it.",
    rationale: "Improper output handling turns a model's answer into XSS, SQL injection or command execution in the app's own context.",
    remediation: "Render output with context-aware encoding, disable remote images/links in Markdown, validate tool arguments against a JSON schema and parameterize queries; attest with the sinks covered.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM05"], nistAiRmf: ["MEASURE 2.7"], nistAi600: ["Information Security"], atlas: ["AML.M0033"] },
  }),
  manual("SAFE", "Confirm the system prompt holds no credentials, internal URLs or authorization rules, and how prompt leakage is tested.", 365, {
    id: "LSO-SAFE-06",
    title: "System prompts hold no secrets or access-control logic",
    description: "System prompts contain no credentials, connection strings or internal details, and authorization is enforced outside the model.",
    rationale: "System prompts leak through extraction attacks; anything in them must be safe to disclose, and the model cannot be a security boundary.",
    remediation: "Move secrets and permission checks into code, keep the system prompt to behaviour instructions, test it with extraction prompts (DLP → Playground), then attest.",
    severity: "MEDIUM",
    weight: 1,
    mappings: { owaspLlm: ["LLM07"], nistAiRmf: ["MEASURE 2.7"], nistAi600: ["Information Security"], atlas: ["AML.M0021"] },
  }),
  manual("SAFE", "Describe how answers are grounded (retrieval with citations), how users are told about limitations, and how wrong answers are reported.", 365, {
    id: "LSO-SAFE-07",
    title: "Answers are grounded and users are warned about limitations",
    description: "The app grounds answers in retrieved sources with citations where accuracy matters, tells users the output may be wrong, and lets them report errors.",
    rationale: "Confabulated answers that look authoritative cause real decisions to be made on false information.",
    remediation: "Add citations to source documents, a visible notice about AI-generated content, a feedback button feeding the evaluation set, then attest.",
    severity: "LOW",
    weight: 1,
    mappings: { owaspLlm: ["LLM09"], nistAiRmf: ["MAP 2.2", "MEASURE 3.3"], nistAi600: ["Confabulation", "Human-AI Configuration"], atlas: ["AML.M0021"] },
  }),
];

const policyName = (p: NonNullable<AppEvidence["dlpPolicy"]>) => (p.scope === "app" ? "the app's DLP policy" : "the org default DLP policy");

const detectorCheck = (detector: string, what: string): Evaluator => (e) => {
  const p = e.dlpPolicy;
  if (!p) return fail(`No DLP policy applies to the app: ${what} is not run`);
  return p.detectors.includes(detector)
    ? pass(capitalize(`${policyName(p)} runs ${what} (action ${p.action.toLowerCase()})`))
    : fail(capitalize(`${policyName(p)} does not run ${what} (detectors: ${p.detectors.join(", ") || "none"})`));
};

const guardrailCoverage: Evaluator = (e) => {
  const { events30d: calls, scannedEvents30d: scanned } = e.traffic;
  if (calls === 0) return notApplicable("No LLM traffic in the last 30 days: guardrail coverage cannot be measured");
  const head = `${percent(scanned, calls)} of ${calls.toLocaleString("en-US")} calls in the last 30 days were scanned`;
  return scanned >= GUARDRAIL_COVERAGE * calls ? pass(head) : fail(`${head} (at least ${GUARDRAIL_COVERAGE * 100}% needed); ${(calls - scanned).toLocaleString("en-US")} captured no prompt or completion`);
};

const exposedAppsEnforce: Evaluator = (e) => {
  const { exposure } = e.app;
  if (exposure === "INTERNAL") return notApplicable("The app is internal: alerting is acceptable");
  const p = e.dlpPolicy;
  const who = exposure === "PUBLIC" ? "Public" : "Partner";
  if (!p) return fail(`${who} app with no DLP policy: nothing blocks harmful or injected content`);
  const guards = p.detectors.filter((d) => d === "injection" || d === "safety");
  if (!ENFORCING.has(p.action)) return fail(`${who} app: ${policyName(p)} only alerts`);
  if (guards.length === 0) return fail(`${who} app: ${policyName(p)} runs neither the injection nor the safety detector`);
  return pass(`${who} app: ${policyName(p)} ${p.action === "BLOCK" ? "blocks" : "redacts"} on ${guards.join(" and ")}`);
};

export const SAFETY_EVALUATORS: Record<string, Evaluator> = {
  contentFilteringEnabled: detectorCheck("safety", "content-safety filtering"),
  injectionDetectionEnabled: detectorCheck("injection", "prompt-injection detection"),
  guardrailCoverage,
  exposedAppsEnforce,
};
