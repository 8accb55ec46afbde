// Secure development and LLMOps: code and dependency scans, findings SLAs, inventory, and attested practices.
import { SOURCE_LABELS } from "@/lib/findings/constants";
import type { AppEvidence, Control, Evaluator, FindingTally } from "../types";
import { automated, capitalize, countFindings, daysBetween, fail, isoDate, listOf, manual, notApplicable, pass, plural } from "./helpers";

/** A scan older than this no longer describes the code that runs. */
export const SCAN_MAX_AGE_DAYS = 30;

export const DEV_CONTROLS: Control[] = [
  automated("DEV", "sastCurrent", {
    id: "LSO-DEV-01",
    title: `SAST results imported within ${SCAN_MAX_AGE_DAYS} days with no open critical`,
    description: `A SARIF import for the app is at most ${SCAN_MAX_AGE_DAYS} days old and no critical SAST finding is open.`,
    rationale: "LLM apps are still apps: injection, SSRF and insecure deserialization in the glue code are exploited through the model as much as directly.",
    remediation: "Run a SAST tool (Semgrep, CodeQL) in CI and import its SARIF (Findings → Imports, or POST /api/v1/imports?appId=…) at least monthly; fix or risk-accept the critical results.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM05", "LLM03"], nistAiRmf: ["MEASURE 2.7", "MANAGE 1.3"], nistAi600: ["Information Security"], atlas: ["AML.M0016"] },
  }),
  automated("DEV", "scaCurrent", {
    id: "LSO-DEV-02",
    title: `SCA / SBOM imported within ${SCAN_MAX_AGE_DAYS} days with no open critical vulnerability`,
    description: `A CycloneDX SBOM with vulnerabilities for the app is at most ${SCAN_MAX_AGE_DAYS} days old and no critical SCA finding is open.`,
    rationale: "LLM frameworks, model loaders and vector-store clients move fast and ship critical vulnerabilities; an SBOM is also the record of which models and libraries the app depends on.",
    remediation: "Generate a CycloneDX BOM with vulnerabilities (Trivy, Grype, OWASP Dependency-Track) in CI, import it under Findings → Imports, and upgrade the critical components.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM03"], nistAiRmf: ["MAP 4.1", "MANAGE 3.1"], nistAi600: ["Value Chain and Component Integration", "Information Security"], atlas: ["AML.M0016", "AML.M0023"] },
  }),
  manual("DEV", "Name the pipeline that deploys the app, its required checks and who can approve a production release.", 365, {
    id: "LSO-DEV-03",
    title: "Deployment is automated and gated",
    description: "The app, its prompts and its model configuration are deployed by a CI/CD pipeline with review and required checks; nobody changes production by hand.",
    rationale: "Hand-made changes to prompts, models or keys bypass review and scans and cannot be reproduced or rolled back.",
    remediation: "Keep prompts and model settings in the repository, deploy through the pipeline with branch protection and required scan steps, remove direct production access, then attest.",
    severity: "MEDIUM",
    weight: 1,
    mappings: { owaspLlm: ["LLM03", "LLM04"], nistAiRmf: ["MANAGE 4.2", "GOVERN 1.4"], nistAi600: ["Value Chain and Component Integration", "Information Integrity"], atlas: ["AML.M0013", "AML.M0014"] },
  }),
  manual("DEV", "Record each model's provider, exact version, known limitations, data-use terms and expected cost, and why it was chosen.", 180, {
    id: "LSO-DEV-04",
    title: "Model choice is documented",
    description: "For every model the app uses: provider, pinned version, known limitations, data retention and training terms, cost, and the reason it was chosen.",
    rationale: "Unpinned or undocumented models change behaviour silently and carry unreviewed third-party terms on the organization's data.",
    remediation: "Write a model card for the app (provider, version, limitations, data terms, cost per 1k tokens), pin model versions in code, link it in the app's description, then attest.",
    severity: "LOW",
    weight: 2,
    mappings: { owaspLlm: ["LLM03", "LLM09"], nistAiRmf: ["MAP 2.2", "MAP 4.1", "GOVERN 6.1"], nistAi600: ["Value Chain and Component Integration", "Confabulation"], atlas: ["AML.M0023", "AML.M0008"] },
  }),
  manual("DEV", "Describe the evaluation suite (quality, safety, red-team prompts), how often it runs and the last results.", 90, {
    id: "LSO-DEV-05",
    title: "Evaluation and adversarial testing run on a cadence",
    description: "A maintained evaluation set (accuracy, safety, prompt-injection and jailbreak cases) runs before each model or prompt change and at least quarterly.",
    rationale: "Model upgrades and prompt edits regress quality and safety without warning; only repeatable tests catch it before users do.",
    remediation: "Keep an evaluation dataset in the repository, run it in CI on prompt and model changes (promptfoo, garak, PyRIT), track the scores, then attest with the latest run.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM01", "LLM09", "LLM04"], nistAiRmf: ["MEASURE 2.5", "MEASURE 2.6", "MEASURE 2.7"], nistAi600: ["Confabulation", "Information Integrity", "Harmful Bias and Homogenization"], atlas: ["AML.M0008", "AML.M0003"] },
  }),
  automated("DEV", "findingsWithinSla", {
    id: "LSO-DEV-06",
    title: "No findings past their SLA",
    description: "No active finding of the app (DLP, secret rotation, SAST, SCA, correlation or manual) is past its SLA due date; posture findings are left out since they mirror these controls.",
    rationale: "An SLA breach means a known risk is open longer than the organization agreed to tolerate.",
    remediation: "Findings → filter the app and SLA state Overdue: fix, reassign or risk-accept each one with a justification and expiry.",
    severity: "MEDIUM",
    weight: 3,
    mappings: { nistAiRmf: ["MANAGE 1.2", "MANAGE 4.3"], nistAi600: ["Information Security"], atlas: ["AML.M0016"] },
  }),
  automated("DEV", "inventoryComplete", {
    id: "LSO-DEV-07",
    title: "The app's inventory record is complete",
    description: "The app has a description of its purpose, at least one model usage and the environments it runs in.",
    rationale: "Every other control reasons from the inventory; an app without its purpose, models or environments recorded cannot be assessed.",
    remediation: "Apps → the app → Edit: describe what it does and for whom, add its model usages and list its environments.",
    severity: "LOW",
    weight: 1,
    mappings: { owaspLlm: ["LLM03"], nistAiRmf: ["GOVERN 1.6", "MAP 1.1"], nistAi600: ["Value Chain and Component Integration"], atlas: ["AML.M0023"] },
  }),
];

function scanCurrent(e: AppEvidence, format: "sarif" | "cyclonedx", source: "SAST" | "SCA"): ReturnType<Evaluator> {
  if (e.app.lifecycle === "IDEA" || e.app.lifecycle === "RETIRED") return notApplicable(`The app is ${e.app.lifecycle === "IDEA" ? "an idea" : "retired"}: no code to scan`);
  const kind = format === "sarif" ? "SARIF" : "CycloneDX";
  const last = e.imports.filter((i) => i.format === format).reduce<Date | null>((a, i) => (a && a > i.lastAt ? a : i.lastAt), null);
  const critical = countFindings(e, (f) => f.source === source && f.severity === "CRITICAL");
  const problems: string[] = [];
  if (!last) problems.push(`no ${kind} import for the app`);
  else if (daysBetween(last, e.now) > SCAN_MAX_AGE_DAYS) problems.push(`last ${kind} import on ${isoDate(last)}, ${daysBetween(last, e.now)} days ago (${SCAN_MAX_AGE_DAYS} allowed)`);
  if (critical) problems.push(`${plural(critical, `open critical ${source} finding`)}`);
  if (problems.length) return fail(capitalize(problems.join("; ")));
  return pass(`Last ${kind} import on ${isoDate(last!)}; no open critical ${source} finding`);
}

const findingsWithinSla: Evaluator = (e) => {
  const bySource = new Map<FindingTally["source"], number>();
  for (const f of e.findings) if (f.source !== "POSTURE" && f.overdue > 0) bySource.set(f.source, (bySource.get(f.source) ?? 0) + f.overdue);
  const active = countFindings(e, (f) => f.source !== "POSTURE");
  if (bySource.size === 0) return pass(active ? `None of ${plural(active, "active finding")} is past its SLA` : "No active finding");
  const overdue = [...bySource.values()].reduce((a, b) => a + b, 0);
  const detail = [...bySource].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${n} ${SOURCE_LABELS[s]}`);
  return fail(`${plural(overdue, "finding")} past SLA: ${listOf(detail, 4)}`);
};

const inventoryComplete: Evaluator = (e) => {
  const missing = [
    e.app.description.trim() ? null : "a description",
    e.modelUsages.length ? null : "a model usage",
    e.app.environments.length ? null : "its environments",
  ].filter((m): m is string => m !== null);
  if (missing.length) return fail(`The inventory record lacks ${listOf(missing)}`);
  return pass(`Description, ${plural(e.modelUsages.length, "model usage")} and ${plural(e.app.environments.length, "environment")} (${listOf(e.app.environments)}) recorded`);
};

export const DEV_EVALUATORS: Record<string, Evaluator> = {
  sastCurrent: (e) => scanCurrent(e, "sarif", "SAST"),
  scaCurrent: (e) => scanCurrent(e, "cyclonedx", "SCA"),
  findingsWithinSla,
  inventoryComplete,
};
