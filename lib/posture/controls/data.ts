// Data protection: what data the app reaches, whether it is classified and kept, and what DLP does on the way out.
import { providerLabel } from "@/lib/apps/constants";
import type { AppEvidence, Control, DatasetEvidence, Evaluator } from "../types";
import { automated, capitalize, countFindings, fail, isExternalProvider, listOf, manual, notApplicable, pass, plural, quoted } from "./helpers";

const SENSITIVE: ReadonlySet<DatasetEvidence["classification"]> = new Set(["CONFIDENTIAL", "RESTRICTED"]);
/** DLP detectors that find personal or organization-defined sensitive data. */
const DATA_DETECTORS: ReadonlySet<string> = new Set(["pii", "custom"]);
const PROTECTING_ACTIONS: ReadonlySet<string> = new Set(["REDACT", "BLOCK"]);
const SERIOUS: ReadonlySet<string> = new Set(["CRITICAL", "HIGH"]);

export const DATA_CONTROLS: Control[] = [
  automated("DATA", "datasetsClassified", {
    id: "LSO-DATA-01",
    title: "Datasets the app reaches are classified and owned",
    description: "Every dataset linked to the app (RAG index, tool, fine-tuning set, prompt context) records an owner and the categories of data it holds, alongside its classification.",
    rationale: "Protection follows classification: DLP, redaction and provider choices cannot be right for data nobody has described.",
    remediation: "Catalog → the dataset → Edit: set Owner, Classification and Data categories (e.g. pii, financial, health); use the DLP sample scan to confirm the classification.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM02", "LLM04"], nistAiRmf: ["MAP 2.3", "MEASURE 2.10"], nistAi600: ["Data Privacy", "Intellectual Property"], atlas: ["AML.M0025"] },
  }),
  automated("DATA", "dlpForSensitiveData", {
    id: "LSO-DATA-02",
    title: "DLP policy enabled for apps that reach confidential or restricted data",
    description: "When the app reaches a confidential or restricted dataset, a DLP policy (the app's own or the org default) applies with the PII or custom-rule detector enabled.",
    rationale: "Sensitive records retrieved into prompts or completions leave through the model; without DLP nobody sees it happen.",
    remediation: "DLP → Policies: create a policy for the app (or set the org default) with the PII detector and the org's custom rules enabled; choose redact or block for production apps.",
    severity: "HIGH",
    weight: 3,
    mappings: { owaspLlm: ["LLM02"], nistAiRmf: ["MEASURE 2.10", "MANAGE 1.3"], nistAi600: ["Data Privacy"], atlas: ["AML.M0020"] },
  }),
  automated("DATA", "restrictedDataRedacted", {
    id: "LSO-DATA-03",
    title: "Restricted data is not sent to external providers without redaction",
    description: "An app that reaches restricted data and calls an external model provider has a DLP policy that redacts or blocks (not only alerts), and no restricted-data egress detection is open.",
    rationale: "Restricted data sent to a third-party model is outside the organization's control: retention, training use and subpoenas follow the provider's terms.",
    remediation: "DLP → Policies → the app's policy: set Action to Redact (or Block) with the PII and custom detectors on, or route the app to a self-hosted model; then resolve the restricted-data egress detection under Findings → Detections.",
    severity: "CRITICAL",
    weight: 3,
    mappings: { owaspLlm: ["LLM02"], nistAiRmf: ["MEASURE 2.10", "GOVERN 6.1"], nistAi600: ["Data Privacy", "Value Chain and Component Integration"], atlas: ["AML.M0020", "AML.M0012"] },
  }),
  manual("DATA", "Name where the app's data, embeddings and conversation history are stored, and confirm none of it lives in provider-hosted files, assistants or vector stores.", 365, {
    id: "LSO-DATA-04",
    title: "App data is kept in storage separate from the LLM service",
    description: "Documents, embeddings, conversation history and agent memory live in stores the organization controls, not in the model provider's hosted files, threads or vector stores.",
    rationale: "Data kept inside the LLM service inherits the provider's retention and access model and cannot be covered by the organization's backups, DLP and deletion processes.",
    remediation: "Move indexes and history to the organization's own database or vector store, delete provider-hosted files and threads, record the stores on the app's page (Data stores), then attest here.",
    severity: "MEDIUM",
    weight: 1,
    mappings: { owaspLlm: ["LLM02", "LLM08"], nistAiRmf: ["GOVERN 6.1", "MAP 4.2"], nistAi600: ["Data Privacy", "Value Chain and Component Integration"], atlas: ["AML.M0005"] },
  }),
  automated("DATA", "retentionSet", {
    id: "LSO-DATA-05",
    title: "Retention is set for the app's datasets",
    description: "Every dataset linked to the app has a retention period.",
    rationale: "Data kept forever in indexes and training sets multiplies what a breach or a model leak exposes, and breaks deletion requests.",
    remediation: "Catalog → the dataset → Edit → Retention (days), then configure the matching lifecycle rule on the store (S3 lifecycle, index TTL).",
    severity: "LOW",
    weight: 2,
    mappings: { owaspLlm: ["LLM02"], nistAiRmf: ["GOVERN 1.1", "MEASURE 2.10"], nistAi600: ["Data Privacy"], atlas: ["AML.M0005"] },
  }),
  automated("DATA", "noOpenSensitiveDataFindings", {
    id: "LSO-DATA-06",
    title: "No open high-severity sensitive-data findings",
    description: "DLP has no open high or critical finding of personal or organization-defined sensitive data (PII detector or custom rules) for the app.",
    rationale: "An open high-severity DLP finding is personal data that already went to or came from a model and has not been handled.",
    remediation: "Findings → filter source DLP and the app: triage each finding, redact or purge the data, and tighten the app's DLP policy so it does not recur.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM02"], nistAiRmf: ["MEASURE 2.10", "MANAGE 4.3"], nistAi600: ["Data Privacy"], atlas: ["AML.M0020"] },
  }),
];

const names = (ds: readonly DatasetEvidence[]) => listOf(ds.map((d) => quoted(d.name)));
const policyLabel = (p: NonNullable<AppEvidence["dlpPolicy"]>) => `${p.scope === "app" ? "the app's" : "the org default"} DLP policy (action ${p.action.toLowerCase()})`;

const datasetsClassified: Evaluator = (e) => {
  if (e.datasets.length === 0) return notApplicable("The app is linked to no dataset");
  const gaps = e.datasets.flatMap((d) => {
    const missing = [d.owner.trim() ? null : "no owner", d.categories.length || d.classification === "PUBLIC" ? null : "no data categories"].filter(Boolean);
    return missing.length ? [`${quoted(d.name)} has ${missing.join(" and ")}`] : [];
  });
  const head = `${e.datasets.length - gaps.length} of ${plural(e.datasets.length, "dataset")} classified with an owner and data categories`;
  return gaps.length ? fail(`${head}; ${listOf(gaps, 2)}`) : pass(head);
};

const dlpForSensitiveData: Evaluator = (e) => {
  const sensitive = e.datasets.filter((d) => SENSITIVE.has(d.classification));
  if (sensitive.length === 0) return notApplicable("The app reaches no confidential or restricted dataset");
  const what = `${plural(sensitive.length, "confidential/restricted dataset")} (${names(sensitive)})`;
  const p = e.dlpPolicy;
  if (!p) return fail(`The app reaches ${what} and no DLP policy applies (built-in defaults, alert only)`);
  if (!p.detectors.some((d) => DATA_DETECTORS.has(d))) return fail(`The app reaches ${what}; ${policyLabel(p)} has neither the PII nor the custom detector enabled`);
  return pass(capitalize(`${policyLabel(p)} covers ${what}`));
};

const restrictedDataRedacted: Evaluator = (e) => {
  const restricted = e.datasets.filter((d) => d.classification === "RESTRICTED");
  const egress = countFindings(e, (f) => f.source === "CORRELATION" && f.ruleId === "restricted-data-egress");
  if (restricted.length === 0 && egress === 0) return notApplicable("The app reaches no restricted dataset");
  const external = [...new Set([...e.modelUsages.map((u) => u.provider), ...e.traffic.providersSeen7d].filter(isExternalProvider))];
  const p = e.dlpPolicy;
  const protecting = p !== null && PROTECTING_ACTIONS.has(p.action) && p.detectors.some((d) => DATA_DETECTORS.has(d));
  const what = `${plural(restricted.length, "restricted dataset")} (${names(restricted)})`;
  if (egress) return fail(`${plural(egress, "open restricted-data egress detection")}; ${p ? policyLabel(p) : "no DLP policy applies"}`);
  if (external.length === 0) return pass(`The app reaches ${what} but calls only self-hosted models`);
  if (!protecting) return fail(`The app reaches ${what} and calls ${listOf(external.map(providerLabel))}; ${p ? `${policyLabel(p)} does not redact or block personal/custom data` : "no DLP policy applies (alert only)"}`);
  return pass(capitalize(`${policyLabel(p)} ${p.action === "BLOCK" ? "blocks" : "redacts"} restricted data sent to ${listOf(external.map(providerLabel))}`));
};

const retentionSet: Evaluator = (e) => {
  if (e.datasets.length === 0) return notApplicable("The app is linked to no dataset");
  const missing = e.datasets.filter((d) => d.retentionDays === null);
  const head = `${e.datasets.length - missing.length} of ${plural(e.datasets.length, "dataset")} have a retention period`;
  return missing.length ? fail(`${head}; none set for ${names(missing)}`) : pass(head);
};

const noOpenSensitiveDataFindings: Evaluator = (e) => {
  const open = countFindings(e, (f) => f.source === "DLP" && DATA_DETECTORS.has(f.detector) && SERIOUS.has(f.severity));
  if (open) return fail(`${plural(open, "open high or critical DLP finding")} of personal or custom-sensitive data`);
  if (e.traffic.events30d === 0 && e.datasets.length === 0) return notApplicable("No LLM traffic in the last 30 days and no linked dataset: nothing was scanned");
  return pass("No open high or critical DLP finding of personal or custom-sensitive data");
};

export const DATA_EVALUATORS: Record<string, Evaluator> = { datasetsClassified, dlpForSensitiveData, restrictedDataRedacted, retentionSet, noOpenSensitiveDataFindings };
