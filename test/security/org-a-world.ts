// Org A for the route matrix: one resource of every kind a route takes an id for, each text field carrying a
// canary string that must never show up in an answer to another org. Created through the API where one exists
// (so the rows look like real ones), directly in the database where only ingestion or the worker writes them.
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { uuid7 } from "@/lib/server/uuid7";
import { call, createApiKeyFor, sessionCookie } from "../factories";
import type { RouteEntry } from "./route-inventory";

export type World = Record<string, string>;

/** Lowercase letters and digits only, so it fits in slugs and emails too. */
export const makeCanary = () => `cnry${randomBytes(6).toString("hex")}`;

export function sarifLog(text: string) {
  return JSON.stringify({
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: `Scanner ${text}`, version: "1.0.0", rules: [{ id: `rule-${text}` }] } },
      results: [{
        ruleId: `rule-${text}`, level: "error", message: { text: `issue ${text}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/${text}.js` }, region: { startLine: 3, snippet: { text: `leak(${text})` } } } }],
        partialFingerprints: { primaryLocationLineHash: text },
      }],
    }],
  });
}

export const DLP_POLICY = {
  detectors: ["pii", "secret"], thresholds: { pii: 0.5, secret: 0.5, injection: 0.5, safety: 0.5, custom: 0.5 }, disabledTypes: [], action: "ALERT", operator: "REDACT",
};

export const openAiLogLine = (text: string) =>
  JSON.stringify({ id: `chatcmpl-${text}`, object: "chat.completion", created: 1_760_000_000, model: "gpt-4o", user: text, usage: { prompt_tokens: 3, completion_tokens: 2 } }) + "\nnot json " + text + "\n";

const firstId = (json: Record<string, unknown>): string => {
  if (typeof json?.id === "string") return json.id;
  for (const value of Object.values(json ?? {})) {
    if (value && typeof value === "object" && "id" in value) return String((value as { id: unknown }).id);
  }
  throw new Error(`no id in ${JSON.stringify(json).slice(0, 300)}`);
};

export async function buildOrgAWorld(routes: Map<string, RouteEntry>, canary: string) {
  const org = await db.organization.create({ data: { name: `Org A ${canary}`, slug: `org-a-${canary}` } });
  const user = (role: "ADMIN" | "ANALYST") =>
    db.user.create({ data: { email: `${role.toLowerCase()}-${canary}@example.test`, name: `${role} ${canary}` } });
  const [admin, analyst] = [await user("ADMIN"), await user("ANALYST")];
  await db.membership.create({ data: { orgId: org.id, userId: admin.id, role: "ADMIN" } });
  const analystMembership = await db.membership.create({ data: { orgId: org.id, userId: analyst.id, role: "ANALYST" } });
  const { cookie } = await sessionCookie(admin.id);

  const as = async (key: string, opts: { params?: World; body?: unknown; path?: string; headers?: Record<string, string> } = {}) => {
    const route = routes.get(key);
    if (!route) throw new Error(`org A world: no route ${key}`);
    const res = await call(route.handler as never, { method: route.method, cookie, ...opts });
    if (res.status >= 300) throw new Error(`org A world: ${key} answered ${res.status} ${res.text.slice(0, 300)}`);
    return res.json;
  };

  const w: World = { org: org.id, adminUser: admin.id, member: analystMembership.id };
  const apiKey = await as("POST /api/v1/api-keys", { body: { name: `key ${canary}`, scopes: ["apps:read"] } });
  w.apiKey = apiKey.apiKey.id;
  await createApiKeyFor(org.id, admin.id, ["apps:read"]);
  w.app = firstId(await as("POST /api/v1/apps", { body: { name: `app ${canary}`, description: `about ${canary}`, businessUnit: canary, tags: [canary] } }));
  w.store = firstId(await as("POST /api/v1/apps/{id}/data-stores", { params: { id: w.app }, body: { kind: "VECTOR", name: `store ${canary}` } }));
  w.usage = firstId(await as("POST /api/v1/apps/{id}/model-usages", { params: { id: w.app }, body: { provider: "openai", modelId: `gpt-${canary}`, purpose: "chat" } }));
  const integration = await as("POST /api/v1/integrations", {
    body: { kind: "LLM_PROVIDER", provider: "openai", name: `openai ${canary}`, config: {}, secrets: { api_key: `sk-${canary}-0123456789abcdef` } },
  });
  w.integration = integration.integration.id;
  w.secret = integration.integration.secrets[0].id;
  w.dataSource = firstId(await as("POST /api/v1/data-sources", { body: { name: `source ${canary}`, kind: "custom", description: canary } }));
  w.dataset = firstId(await as("POST /api/v1/datasets", {
    body: { name: `dataset ${canary}`, classification: "RESTRICTED", sourceId: w.dataSource, owner: canary, categories: ["EMAIL_ADDRESS"], locationUri: `s3://${canary}/x` },
  }));
  w.link = firstId(await as("POST /api/v1/datasets/{id}/links", { params: { id: w.dataset }, body: { appId: w.app, access: "RAG_INDEX" } }));
  await as("POST /api/v1/datasets/{id}/samples", { params: { id: w.dataset }, body: { samples: [{ label: `label ${canary}`, content: `${canary} jane.roe@example.org` }] } });
  w.scan = firstId(await as("POST /api/v1/datasets/{id}/dlp-scans", { params: { id: w.dataset } }));
  await as("PUT /api/v1/dlp/policies/apps/{id}", { params: { id: w.app }, body: DLP_POLICY });
  w.rule = firstId(await as("POST /api/v1/dlp/rules", { body: { ruleId: `r-${canary}`, name: `rule ${canary}`, description: canary, pattern: `${canary}[0-9]+` } }));
  w.mappingRule = firstId(await as("POST /api/v1/ingest/mapping-rules", { body: { appId: w.app, field: "principal", value: canary } }));
  w.price = firstId(await as("POST /api/v1/model-prices", {
    body: { provider: "openai", model: `m-${canary}`, inputPerMTokUsd: 1, outputPerMTokUsd: 2, effectiveFrom: "2026-01-01", note: canary },
  }));
  w.finding = firstId(await as("POST /api/v1/findings", { body: { title: `finding ${canary}`, description: canary, severity: "HIGH", appId: w.app, location: canary, tags: { cwe: [canary] } } }));
  await as("POST /api/v1/findings/{id}/comments", { params: { id: w.finding }, body: { body: `comment ${canary}` } });
  w.view = firstId(await as("POST /api/v1/findings/views", { body: { name: `view ${canary}`, query: `q=${canary}`, shared: true } }));
  w.webhook = firstId(await as("POST /api/v1/alerts/webhooks", { body: { name: `hook ${canary}`, url: `http://127.0.0.1:9/${canary}`, format: "generic" } }));
  w.attestation = firstId(await as("POST /api/v1/posture/attestations", {
    body: { appId: w.app, controlId: "LSO-API-04", status: "PASS", evidence: `evidence ${canary}` }, path: "/api/v1/posture/attestations",
  }));
  w.gatewayKey = (await as("POST /api/v1/gateway/keys", { body: { name: `gw ${canary}`, appId: w.app, integrationId: w.integration, allowedModels: [`gpt-${canary}`] } })).key.id;
  await as("PUT /api/v1/gateway/apps/{id}", { params: { id: w.app }, body: { rpmLimit: 7, tpmLimit: null, dailyBudgetUsd: null, monthlyBudgetUsd: null, maxInputTokens: null, maxOutputTokens: null } });
  w.export = firstId(await as("POST /api/v1/audit-exports", { body: { actor: canary } }));
  w.import = firstId(await as("POST /api/v1/imports", {
    path: `/api/v1/imports?appId=${w.app}&fileName=${canary}.sarif`, body: sarifLog(canary), headers: { "content-type": "application/sarif+json" },
  }));
  w.ingestFile = firstId(await as("POST /api/v1/ingest/uploads", {
    path: `/api/v1/ingest/uploads?source=openai&fileName=${canary}.jsonl`, body: openAiLogLine(canary), headers: { "content-type": "application/x-ndjson" },
  }));
  await db.ingestRejection.create({
    data: { id: randomUUID(), orgId: org.id, fileId: w.ingestFile, lineNumber: 2, reason: "invalid_json", detail: canary, rawPrefix: Buffer.from(`not json ${canary}`) },
  });
  w.auditEvent = (await db.auditEvent.findFirstOrThrow({ where: { orgId: org.id }, select: { id: true } })).id.toString();
  const now = new Date();
  w.llmEvent = (await db.llmEvent.create({
    data: {
      id: uuid7(now.getTime()), orgId: org.id, source: "openai", eventHash: randomBytes(32).toString("hex"), time: now, providerName: "openai",
      operationName: "chat", requestModel: `gpt-${canary}`, inputTokens: 3, outputTokens: 2, principal: canary, appId: w.app, prompt: canary, completion: canary,
    },
  })).id;
  w.cloudEvent = (await db.cloudEvent.create({
    data: {
      id: uuid7(now.getTime()), orgId: org.id, source: "cloudtrail", eventHash: randomBytes(32).toString("hex"), time: now, provider: "aws", principal: canary,
      service: `bedrock ${canary}`, action: `Invoke${canary}`, resource: canary, outcome: "success", raw: canary,
    },
  })).id;
  return { w, org, admin, cookie };
}
