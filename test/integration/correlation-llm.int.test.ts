// Correlation rules over LLM events: shadow AI, known secret in traffic, restricted data egress, usage anomaly.
import { describe, expect, it } from "vitest";
import { runCorrelations } from "@/lib/correlation/server/run-correlations";
import { secretFingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { createOrg, uniq } from "../factories";
import { createApp, insertLlmEvent } from "./events-fixtures";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date();
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const TODAY = Math.floor(NOW.getTime() / DAY) * DAY;

const findingsOf = (orgId: string, ruleId: string) =>
  db.finding.findMany({ where: { orgId, source: "CORRELATION", ruleId }, include: { occurrenceRows: true }, orderBy: { title: "asc" } });
const ruleRun = async (orgId: string, rule: string, now = NOW) => (await runCorrelations(orgId, now)).rules.find((r) => r.rule === rule)!;

describe("shadow-ai", () => {
  it("raises one finding per unmapped identity per day with counts and models; mapped calls and other orgs do not count", async () => {
    const [org, other] = [await createOrg(), await createOrg()];
    const app = await createApp(org.id);
    const who = `svc-${uniq()}@example.test`;
    const yesterday = new Date(TODAY - DAY + HOUR);
    await insertLlmEvent(org.id, { time: yesterday, principal: who, requestModel: "gpt-4o", inputTokens: 100, outputTokens: 50, costUsd: 0.5 });
    await insertLlmEvent(org.id, { time: new Date(yesterday.getTime() + MIN), principal: who, requestModel: "gpt-4o-mini", inputTokens: 10, outputTokens: 5, costUsd: 0.25 });
    await insertLlmEvent(org.id, { time: new Date(yesterday.getTime() - 2 * DAY), principal: who }); // outside the window
    await insertLlmEvent(org.id, { time: yesterday, principal: `mapped-${uniq()}`, appId: app.id });
    await insertLlmEvent(other.id, { time: yesterday, principal: `foreign-${uniq()}` });

    expect(await ruleRun(org.id, "shadow-ai")).toMatchObject({ matched: 1, created: 1, linked: 2 });
    const [f, ...rest] = await findingsOf(org.id, "shadow-ai");
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: "MEDIUM", occurrences: 2, appId: null });
    expect(f!.title).toContain(`principal ${who} made 2 model calls`);
    expect(f!.description).toMatch(/2 model calls \(165 tokens, \$0\.75\) to openai using gpt-4o, gpt-4o-mini/);
    expect(await ruleRun(org.id, "shadow-ai")).toMatchObject({ matched: 1, created: 0, linked: 0 });
    expect(await db.finding.count({ where: { orgId: other.id, source: "CORRELATION", ruleId: "shadow-ai" } })).toBe(0);
  });

  it("links at most 50 events to a finding", async () => {
    const org = await createOrg();
    await db.llmEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        id: crypto.randomUUID(), orgId: org.id, source: "openai", eventHash: `${uniq()}${i}`, time: new Date(TODAY - DAY + 2 * HOUR + i * 1000), providerName: "openai", operationName: "chat", apiKeyId: "key_shadow",
      })),
    });
    expect(await ruleRun(org.id, "shadow-ai")).toMatchObject({ matched: expect.any(Number), linked: 50 });
    const found = (await findingsOf(org.id, "shadow-ai")).find((f) => f.title.includes("key_shadow"))!;
    expect(found.occurrences).toBe(50);
    expect(found.description).toContain("60 model calls");
    expect(await ruleRun(org.id, "shadow-ai")).toMatchObject({ linked: 0 });
  });
});

describe("known-secret-in-traffic", () => {
  async function leak(orgId: string, valueHash: string) {
    const event = await insertLlmEvent(orgId, { time: ago(2 * HOUR), principal: "dev@example.test", findingCount: 1 });
    const dlp = await db.finding.create({
      data: { orgId, source: "DLP", detector: "secret", ruleId: "openai-api-key", title: "openai-api-key in openai chat traffic", severity: "HIGH", fingerprint: `dlp-${uniq()}`, valueHash, tags: {} },
    });
    await db.findingOccurrence.create({ data: { orgId, findingId: dlp.id, recordType: "llm_event", recordId: event.id, start: 10, end: 40, score: 1 } });
    return event;
  }

  it("raises a critical finding naming the credential (never its value) when a DLP value hash matches its fingerprint", async () => {
    const [org, other] = [await createOrg(), await createOrg()];
    // Ends in letters no hex id, fingerprint or timestamp contains, so the last-4 check below cannot match by chance.
    const value = `sk-proj-${uniq()}${uniq()}${uniq()}Zq9W`;
    const integration = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "openai", name: `OpenAI prod ${uniq()}` } });
    const fingerprint = await secretFingerprint(org.id, value);
    await db.integrationSecret.create({ data: { orgId: org.id, integrationId: integration.id, purpose: "api_key", ciphertext: "v1.1.x", last4: value.slice(-4), fingerprint } });
    const event = await leak(org.id, fingerprint);
    await leak(org.id, await secretFingerprint(org.id, "some-other-secret")); // a secret, but not a known one
    // Another org's DLP finding with the very same hash: never joined with this org's secrets.
    await leak(other.id, fingerprint);

    expect(await ruleRun(org.id, "known-secret-in-traffic")).toMatchObject({ matched: 1, created: 1, linked: 1 });
    const [f] = await findingsOf(org.id, "known-secret-in-traffic");
    expect(f).toMatchObject({ severity: "CRITICAL", occurrences: 1 });
    expect(f!.title).toBe(`Stored credential leaked to an LLM: API key of integration "${integration.name}" — rotate it`);
    expect(f!.description).toMatch(/Rotate the credential now/);
    expect(f!.occurrenceRows.map((o) => o.recordId)).toEqual([event.id]);
    expect(JSON.stringify(f)).not.toContain(value);
    expect(JSON.stringify(f)).not.toContain(value.slice(-4));
    expect(await ruleRun(org.id, "known-secret-in-traffic")).toMatchObject({ created: 0, linked: 0 });
    expect(await ruleRun(other.id, "known-secret-in-traffic")).toMatchObject({ matched: 0 });
  });
});

describe("restricted-data-egress", () => {
  async function appReaching(orgId: string, classification: "RESTRICTED" | "CONFIDENTIAL", provider = "openai") {
    const app = await createApp(orgId);
    const dataset = await db.dataset.create({ data: { orgId, name: `Data ${uniq()}`, classification } });
    await db.datasetAppLink.create({ data: { orgId, datasetId: dataset.id, appId: app.id, access: "RAG_INDEX" } });
    await insertLlmEvent(orgId, { time: ago(HOUR), appId: app.id, provider });
    return { app, dataset };
  }
  const policy = (orgId: string, appId: string | null, action: "ALERT" | "REDACT" | "BLOCK") =>
    db.dlpPolicy.create({ data: { orgId, appId, detectors: ["secrets", "pii"], thresholds: {}, disabledTypes: [], action, hashSalt: uniq() } });

  it("flags apps on restricted data whose effective DLP policy only alerts", async () => {
    const org = await createOrg();
    const noPolicy = await appReaching(org.id, "RESTRICTED");
    const redacting = await appReaching(org.id, "RESTRICTED");
    await policy(org.id, redacting.app.id, "REDACT");
    const alerting = await appReaching(org.id, "RESTRICTED");
    await policy(org.id, alerting.app.id, "ALERT");
    await appReaching(org.id, "CONFIDENTIAL");
    await appReaching(org.id, "RESTRICTED", "ollama");

    expect(await ruleRun(org.id, "restricted-data-egress")).toMatchObject({ matched: 2, created: 2, linked: 2 });
    const found = await findingsOf(org.id, "restricted-data-egress");
    expect(found.map((f) => f.appId).sort()).toEqual([noPolicy.app.id, alerting.app.id].sort());
    const f = found.find((x) => x.appId === noPolicy.app.id)!;
    expect(f).toMatchObject({ severity: "HIGH", datasetId: noPolicy.dataset.id });
    expect(f.description).toContain("no DLP policy (built-in default: alert only)");
    expect(found.find((x) => x.appId === alerting.app.id)!.description).toContain("its own DLP policy, whose action is ALERT");

    // An org default that blocks protects the apps without their own policy (not the one whose own policy alerts).
    await policy(org.id, null, "BLOCK");
    expect(await ruleRun(org.id, "restricted-data-egress")).toMatchObject({ matched: 1, created: 0, linked: 0 });
  });
});

describe("usage-anomaly", () => {
  const YESTERDAY = TODAY - DAY;
  /** One event a day at 01:00 UTC for the 14 days before yesterday (the baseline of yesterday's bucket). */
  async function baseline(orgId: string, over: { appId?: string; principal?: string; inputTokens: number; costUsd?: number }) {
    for (let d = 1; d <= 14; d++) await insertLlmEvent(orgId, { time: new Date(YESTERDAY - d * DAY + HOUR), outputTokens: 0, ...over });
  }

  it("flags a day far above the app's own baseline, not one under the absolute minimum", async () => {
    const org = await createOrg();
    const [spiky, quiet] = [await createApp(org.id, `Spiky ${uniq()}`), await createApp(org.id, `Quiet ${uniq()}`)];
    await baseline(org.id, { appId: spiky.id, inputTokens: 100_000 });
    await baseline(org.id, { appId: quiet.id, inputTokens: 100_000 });
    await insertLlmEvent(org.id, { time: new Date(YESTERDAY + HOUR), appId: spiky.id, inputTokens: 2_000_000, outputTokens: 0 });
    await insertLlmEvent(org.id, { time: new Date(YESTERDAY + HOUR), appId: quiet.id, inputTokens: 990_000, outputTokens: 0 }); // 9.9× but < 1M tokens

    expect(await ruleRun(org.id, "usage-anomaly")).toMatchObject({ matched: 1, created: 1, linked: 1 });
    const [f] = await findingsOf(org.id, "usage-anomaly");
    expect(f).toMatchObject({ appId: spiky.id, severity: "MEDIUM", tags: { atlas: expect.arrayContaining(["AML.T0034"]), owasp: ["LLM10"] } });
    expect(f!.title).toContain(`Token spike: app ${spiky.name} used 2M tokens (baseline 100K ± 0 per day)`);
    expect(f!.description).toContain("(14 active days)");
    expect(await ruleRun(org.id, "usage-anomaly")).toMatchObject({ created: 0, linked: 0 });
  });

  it("flags an identity's cost against its own baseline only, never another org's", async () => {
    const [org, other] = [await createOrg(), await createOrg()];
    const who = `batch-${uniq()}`;
    await baseline(org.id, { principal: who, inputTokens: 10, costUsd: 1 });
    await insertLlmEvent(org.id, { time: new Date(YESTERDAY + 2 * HOUR), principal: who, inputTokens: 10, outputTokens: 0, costUsd: 40 });
    // The same identity name in another org with a big baseline would hide the spike if orgs were mixed.
    await baseline(other.id, { principal: who, inputTokens: 10, costUsd: 100 });
    await insertLlmEvent(other.id, { time: new Date(YESTERDAY + 2 * HOUR), principal: who, inputTokens: 10, outputTokens: 0, costUsd: 40 });

    expect(await ruleRun(org.id, "usage-anomaly")).toMatchObject({ matched: 1, created: 1 });
    const [f] = await findingsOf(org.id, "usage-anomaly");
    expect(f!.title).toContain(`Cost spike: identity ${who} used $40.00 (baseline $1.00 ± $0.00 per day)`);
    expect(await ruleRun(other.id, "usage-anomaly")).toMatchObject({ matched: 0 });
  });
});
