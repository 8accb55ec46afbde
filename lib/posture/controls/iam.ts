// Identity and access: who can use the app, how its data connections authenticate, and who owns its identities.
import { MANUAL_SECRET_PURPOSES } from "@/lib/integrations/providers";
import type { Control, CredentialEvidence, Evaluator } from "../types";
import { automated, fail, listOf, manual, notApplicable, pass, plural, quoted } from "./helpers";

const STATIC_PURPOSES: ReadonlySet<string> = new Set(MANUAL_SECRET_PURPOSES);
const AUTH_LABELS = { SSO: "single sign-on", APP_LOGIN: "the app's own login", API_KEY: "API keys" } as const;

export const IAM_CONTROLS: Control[] = [
  automated("IAM", "endUserAuthentication", {
    id: "LSO-IAM-01",
    title: "End users authenticate to the app",
    description: "The app identifies its users (SSO, app login or API keys) so that authorization, per-user limits and audit trails are possible.",
    rationale: "An anonymous LLM endpoint lets anyone spend the model budget, probe for prompt injection and pull whatever data the app can reach.",
    remediation: "Put the app behind the organization's identity provider (OIDC/SAML SSO) or an authenticated API gateway, then set End-user authentication on the app's page (Apps → the app → Edit).",
    severity: "HIGH",
    weight: 3,
    mappings: { owaspLlm: ["LLM10", "LLM02"], nistAiRmf: ["GOVERN 1.4", "MEASURE 2.7"], nistAi600: ["Information Security"], atlas: ["AML.M0019"] },
  }),
  automated("IAM", "dataConnectionsUseOAuth", {
    id: "LSO-IAM-02",
    title: "Data connections use OAuth or federated access, not static credentials",
    description: "Data sources the app reads (through its datasets) are connected with OAuth (Authorization Code + PKCE) or a cloud account's federated role, not with long-lived keys or service-account key files.",
    rationale: "Delegated, scoped and revocable tokens limit what a leaked credential or a manipulated agent can read; static keys never expire on their own.",
    remediation: "Reconnect the source under Integrations → Add → OAuth connection (or a cloud account using role federation), point the data source at it in Catalog → Sources, then delete the static key integration.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM02", "LLM06"], nistAiRmf: ["MEASURE 2.7", "MANAGE 1.3"], nistAi600: ["Information Security", "Data Privacy"], atlas: ["AML.M0019", "AML.M0005"] },
  }),
  automated("IAM", "serviceAccountsScopedAndOwned", {
    id: "LSO-IAM-03",
    title: "Service accounts are scoped and owned",
    description: "Every service account the app uses records an accountable owner and the scopes it was granted.",
    rationale: "Unowned, broadly scoped machine identities are the usual path from a compromised LLM workload to the rest of the estate, and nobody reviews or rotates them.",
    remediation: "Open each service account under Integrations, fill in Owner (a person or team mailbox) and Scopes (the minimum roles or OAuth scopes it holds), and narrow the grant in the provider's IAM console if it is broader.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM06"], nistAiRmf: ["GOVERN 2.1", "MAP 4.2"], nistAi600: ["Information Security"], atlas: ["AML.M0019", "AML.M0026"] },
  }),
  automated("IAM", "appHasOwner", {
    id: "LSO-IAM-04",
    title: "The app has an accountable owner",
    description: "The inventory names the person accountable for the app's risks, findings and attestations.",
    rationale: "Findings and expiring attestations need someone to act on them; ownerless AI systems drift out of every review.",
    remediation: "Apps → the app → Edit → Owner: pick the accountable member.",
    severity: "MEDIUM",
    weight: 1,
    mappings: { nistAiRmf: ["GOVERN 2.1", "GOVERN 1.6"], nistAi600: ["Value Chain and Component Integration"], atlas: ["AML.M0021"] },
  }),
  manual("IAM", "List the tools and actions the app's agents can invoke, the permissions each runs with, and which actions need human approval.", 180, {
    id: "LSO-IAM-05",
    title: "Agent tools and actions run with least privilege and human approval for high-impact actions",
    description: "Tools, plugins and functions the model can call run under narrowly scoped identities, and irreversible or high-impact actions require a human in the loop.",
    rationale: "Excessive agency turns a prompt injection into real actions (payments, deletions, emails); scoping and approval bound the blast radius.",
    remediation: "Give each tool its own scoped identity (no admin tokens), allow-list the operations it may perform, require confirmation for write/delete/send actions, then attest here with the tool list.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM06"], nistAiRmf: ["MAP 3.5", "GOVERN 3.2"], nistAi600: ["Human-AI Configuration", "Information Security"], atlas: ["AML.M0026", "AML.M0029"] },
  }),
  manual("IAM", "Describe how retrieval filters documents by the caller's permissions (vector store ACLs, tenant filters).", 180, {
    id: "LSO-IAM-06",
    title: "Retrieval respects the caller's permissions",
    description: "RAG retrieval and vector searches return only documents the end user is entitled to see (per-user or per-tenant filters, permission-aware indexes).",
    rationale: "A shared index without access filters lets any user retrieve any document through the model: the vector store becomes a data-leak channel.",
    remediation: "Store the source ACL or tenant id with each chunk, filter every vector query by the caller's identity, and test it with a low-privilege user before attesting.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM08", "LLM02"], nistAiRmf: ["MEASURE 2.10", "MAP 4.2"], nistAi600: ["Data Privacy", "Information Security"], atlas: ["AML.M0005"] },
  }),
];

const endUserAuthentication: Evaluator = (e) => {
  const { endUserAuth, exposure } = e.app;
  if (endUserAuth === "NONE") return fail(`End users reach the app without authentication (${exposure.toLowerCase()} exposure)`);
  return pass(`End users authenticate with ${AUTH_LABELS[endUserAuth]} (${exposure.toLowerCase()} exposure)`);
};

/** A connection holds a static credential when its integration stores a hand-managed key or secret. */
function usesStaticCredential(kind: CredentialEvidence["kind"], credential: CredentialEvidence | undefined): boolean {
  if (kind === "OAUTH_CONNECTION") return false;
  if (kind === "SERVICE_ACCOUNT" || kind === "LLM_PROVIDER") return true;
  return credential ? credential.secrets.some((s) => STATIC_PURPOSES.has(s.purpose)) : false;
}

const dataConnectionsUseOAuth: Evaluator = (e) => {
  const connections = new Map<string, { label: string; static: boolean }>();
  for (const d of e.datasets) {
    if (!d.sourceIntegrationKind) continue;
    const key = d.sourceIntegrationId ?? d.sourceName ?? d.id;
    if (connections.has(key)) continue;
    const credential = d.sourceIntegrationId ? e.credentials.find((c) => c.id === d.sourceIntegrationId) : undefined;
    connections.set(key, { label: quoted(d.sourceName ?? d.name), static: usesStaticCredential(d.sourceIntegrationKind, credential) });
  }
  if (connections.size === 0) {
    const unconnected = e.datasets.length;
    return notApplicable(unconnected ? `None of the app's ${plural(unconnected, "dataset")} comes through a registered connection` : "The app reads no dataset through a data connection");
  }
  const all = [...connections.values()];
  const bad = all.filter((c) => c.static);
  const head = `${all.length - bad.length} of ${plural(all.length, "data connection")} use OAuth or federated access`;
  return bad.length ? fail(`${head}; ${listOf(bad.map((c) => c.label))} ${bad.length === 1 ? "uses" : "use"} a static credential`) : pass(head);
};

const serviceAccountsScopedAndOwned: Evaluator = (e) => {
  const accounts = e.credentials.filter((c) => c.kind === "SERVICE_ACCOUNT");
  if (accounts.length === 0) return notApplicable("The app uses no service account");
  const problems = accounts.flatMap((c) => {
    const missing = [c.owner.trim() ? null : "no owner", c.scopes.length ? null : "no scopes"].filter(Boolean);
    return missing.length ? [`${quoted(c.name)} has ${missing.join(" and ")}`] : [];
  });
  const head = `${accounts.length - problems.length} of ${plural(accounts.length, "service account")} record an owner and scopes`;
  return problems.length ? fail(`${head}; ${listOf(problems)}`) : pass(head);
};

const appHasOwner: Evaluator = (e) => (e.app.ownerId ? pass("An owner is recorded for the app") : fail("No owner is recorded for the app"));

export const IAM_EVALUATORS: Record<string, Evaluator> = { endUserAuthentication, dataConnectionsUseOAuth, serviceAccountsScopedAndOwned, appHasOwner };

