// Correlation rules over cloud audit events: LLMjacking and restricted-storage-read-then-model-call.
import { describe, expect, it } from "vitest";
import { LLMJACKING_ACTIONS } from "@/lib/correlation/catalog";
import { runCorrelations } from "@/lib/correlation/server/run-correlations";
import { db } from "@/lib/server/db";
import { uuid7 } from "@/lib/server/uuid7";
import { createOrg, uniq } from "../factories";
import { insertLlmEvent } from "./events-fixtures";

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = new Date();
const ago = (ms: number) => new Date(NOW.getTime() - ms);

type CloudFixture = { time: Date; principal: string | null; action: string; service?: string; resource?: string; outcome?: string; model?: string | null };
const insertCloud = (orgId: string, f: CloudFixture) =>
  db.cloudEvent.create({
    data: {
      id: uuid7(f.time.getTime()), orgId, source: "aws-cloudtrail", eventHash: `${uniq()}${uniq()}`, time: f.time, provider: "aws", principal: f.principal,
      service: f.service ?? "bedrock.amazonaws.com", action: f.action, resource: f.resource ?? null, outcome: f.outcome ?? "success", model: f.model ?? null,
    },
    select: { id: true },
  });

const correlationFindings = (orgId: string, ruleId: string) =>
  db.finding.findMany({ where: { orgId, source: "CORRELATION", ruleId }, include: { occurrenceRows: true }, orderBy: { title: "asc" } });

describe("llmjacking", () => {
  const arn = (name: string) => `arn:aws:iam::123456789012:user/${name}`;
  // 6 of 14 = 0.43 > 0.4; 5 of 14 = 0.36 is not.
  const reconActions = ["ListFoundationModels", "GetFoundationModelAvailability", "GetModelInvocationLoggingConfiguration", "ListFoundationModelAgreementOffers", "SearchAgreements", "InvokeModel"];

  it("flags an identity using more than 40% of Prowler's Bedrock actions in 24 h, and not one just under", async () => {
    const org = await createOrg();
    const attacker = arn(`attacker-${uniq()}`);
    const busy = arn(`busy-${uniq()}`);
    for (const [i, action] of reconActions.entries()) await insertCloud(org.id, { time: ago((i + 1) * HOUR), principal: attacker, action });
    // Many calls of 5 distinct actions: the ratio counts distinct names, not volume.
    for (let i = 0; i < 30; i++) await insertCloud(org.id, { time: ago((i + 1) * MIN), principal: busy, action: reconActions[i % 5]! });
    // Older than 24 h, another service, an identity without an ARN: not counted.
    await insertCloud(org.id, { time: ago(25 * HOUR), principal: busy, action: "PutUseCaseForModelAccess" });
    await insertCloud(org.id, { time: ago(HOUR), principal: busy, action: "GetUseCaseForModelAccess", service: "s3.amazonaws.com" });
    for (const action of reconActions) await insertCloud(org.id, { time: ago(2 * HOUR), principal: "bedrock.amazonaws.com", action });

    const run = await runCorrelations(org.id, NOW);
    expect(run.rules.find((r) => r.rule === "llmjacking")).toMatchObject({ matched: 1, created: 1, linked: 6 });
    const [finding, ...rest] = await correlationFindings(org.id, "llmjacking");
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: "HIGH", status: "OPEN", detector: "correlation", occurrences: 6, tags: { owasp: ["LLM10"], atlas: expect.arrayContaining(["AML.T0034"]) } });
    expect(finding!.title).toContain(attacker);
    expect(finding!.description).toMatch(/6 distinct Bedrock actions out of the 14 .*ratio 0\.43 > 0\.4/);
    expect(finding!.occurrenceRows.every((o) => o.recordType === "cloud_event" && o.start === 0)).toBe(true);
    expect(await db.findingActivity.count({ where: { findingId: finding!.id, kind: "created", actor: "system" } })).toBe(1);

    // Idempotent: the same events again create and link nothing.
    const again = await runCorrelations(org.id, NOW);
    expect(again.rules.find((r) => r.rule === "llmjacking")).toMatchObject({ matched: 1, created: 0, linked: 0 });
    expect(await db.findingOccurrence.count({ where: { findingId: finding!.id } })).toBe(6);
    expect(await db.findingActivity.count({ where: { findingId: finding!.id } })).toBe(1);
  });

  it("is critical when the identity enabled model access and invoked models", async () => {
    const org = await createOrg();
    const who = arn(`enabler-${uniq()}`);
    for (const [i, action] of ["ListFoundationModels", "GetFoundationModelAvailability", "PutUseCaseForModelAccess", "CreateFoundationModelAgreement", "AcceptAgreementRequest", "PutFoundationModelEntitlement", "InvokeModelWithResponseStream"].entries())
      await insertCloud(org.id, { time: ago((i + 1) * MIN), principal: who, action });
    await runCorrelations(org.id, NOW);
    expect((await correlationFindings(org.id, "llmjacking")).map((f) => f.severity)).toEqual(["CRITICAL"]);
  });

  it("never counts another org's events", async () => {
    const [a, b] = [await createOrg(), await createOrg()];
    const shared = arn(`shared-${uniq()}`);
    // 3 actions in each org: 6 together, but each org alone is under the threshold.
    for (const [i, action] of LLMJACKING_ACTIONS.slice(0, 6).entries()) await insertCloud(i < 3 ? a.id : b.id, { time: ago((i + 1) * MIN), principal: shared, action });
    await runCorrelations(a.id, NOW);
    await runCorrelations(b.id, NOW);
    expect(await db.finding.count({ where: { orgId: { in: [a.id, b.id] }, source: "CORRELATION" } })).toBe(0);
  });
});

describe("storage-read-then-model-call", () => {
  async function setup() {
    const org = await createOrg();
    const bucket = `hr-${uniq()}`;
    const restricted = await db.dataset.create({ data: { orgId: org.id, name: `Payroll ${uniq()}`, classification: "RESTRICTED", locationUri: `s3://${bucket}/payroll/` } });
    await db.dataset.create({ data: { orgId: org.id, name: `Handbook ${uniq()}`, classification: "INTERNAL", locationUri: `s3://${bucket}/handbook` } });
    return { org, bucket, restricted };
  }
  const role = () => `arn:aws:sts::123456789012:assumed-role/etl/${uniq()}`;

  it("links a restricted object read to a model call by the same principal within 15 minutes", async () => {
    const { org, bucket, restricted } = await setup();
    const who = role();
    const read = await insertCloud(org.id, { time: ago(3 * HOUR), principal: who, action: "GetObject", service: "s3.amazonaws.com", resource: `s3://${bucket}/payroll/2025.csv` });
    const call = await insertLlmEvent(org.id, { time: ago(3 * HOUR - 5 * MIN), principal: who, provider: "aws.bedrock", requestModel: "anthropic.claude-3-haiku" });
    const invoke = await insertCloud(org.id, { time: ago(3 * HOUR - 14 * MIN), principal: who, action: "InvokeModel", model: "amazon.nova-lite-v1:0" });

    const run = await runCorrelations(org.id, NOW);
    expect(run.rules.find((r) => r.rule === "storage-read-then-model-call")).toMatchObject({ matched: 1, created: 1 });
    const [f] = await correlationFindings(org.id, "storage-read-then-model-call");
    expect(f).toMatchObject({ severity: "HIGH", datasetId: restricted.id, occurrences: 3 });
    expect(f!.description).toMatch(/1 read under the location of the RESTRICTED dataset .*followed within 15 minutes by 2 model calls/);
    expect(f!.description).toContain("shortest gap was 300 s");
    expect(f!.occurrenceRows.map((o) => `${o.recordType}:${o.recordId}`).sort()).toEqual([`cloud_event:${read.id}`, `cloud_event:${invoke.id}`, `llm_event:${call.id}`].sort());
    expect((await runCorrelations(org.id, NOW)).rules.find((r) => r.rule === "storage-read-then-model-call")).toMatchObject({ matched: 1, created: 0, linked: 0 });
  });

  it("ignores calls after 15 minutes, sibling prefixes, non-restricted datasets, failed reads and another org's calls", async () => {
    const { org, bucket } = await setup();
    const [late, sibling, internal, failed, crossOrg] = [role(), role(), role(), role(), role()];
    const other = await createOrg();
    const read = (who: string, key: string, outcome = "success") => insertCloud(org.id, { time: ago(5 * HOUR), principal: who, action: "GetObject", service: "s3.amazonaws.com", resource: `s3://${bucket}/${key}`, outcome });
    await read(late, "payroll/a.csv");
    await insertLlmEvent(org.id, { time: ago(5 * HOUR - 16 * MIN), principal: late });
    await read(sibling, "payroll-old/a.csv");
    await insertLlmEvent(org.id, { time: ago(5 * HOUR - MIN), principal: sibling });
    await read(internal, "handbook/a.pdf");
    await insertLlmEvent(org.id, { time: ago(5 * HOUR - MIN), principal: internal });
    await read(failed, "payroll/a.csv", "failure");
    await insertLlmEvent(org.id, { time: ago(5 * HOUR - MIN), principal: failed });
    await read(crossOrg, "payroll/a.csv");
    await insertLlmEvent(other.id, { time: ago(5 * HOUR - MIN), principal: crossOrg });
    // A call before the read is not "read then call".
    await insertLlmEvent(org.id, { time: ago(5 * HOUR + MIN), principal: crossOrg });

    const run = await runCorrelations(org.id, NOW);
    expect(run.rules.find((r) => r.rule === "storage-read-then-model-call")).toMatchObject({ matched: 0, created: 0 });
  });
});
