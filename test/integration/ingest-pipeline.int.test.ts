import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { db } from "@/lib/server/db";
import { createOrgWithMembers, uniq } from "../factories";

const trail = (i: number, extra: Record<string, unknown> = {}) => ({
  eventVersion: "1.09", eventTime: `2025-03-0${(i % 9) + 1}T10:00:0${i % 10}Z`, eventSource: "s3.amazonaws.com", eventName: "GetObject",
  awsRegion: "us-east-1", sourceIPAddress: "203.0.113.7", userAgent: "aws-cli/2", recipientAccountId: "123456789012",
  userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::123456789012:assumed-role/etl/run-${i}`, accountId: "123456789012" },
  requestParameters: { bucketName: "fixtures-bucket", key: `k/${i}.json` }, eventID: `evt-${i}`, ...extra,
});
const invocation = (prompt: string) => ({
  schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp: "2025-03-02T11:00:00Z", accountId: "123456789012", region: "us-east-1",
  requestId: `req-${uniq()}`, operation: "Converse", modelId: "anthropic.claude-3-haiku-20240307-v1:0",
  identity: { arn: "arn:aws:sts::123456789012:assumed-role/support-bot/session" },
  input: { inputContentType: "application/json", inputTokenCount: 12, inputBodyJson: { messages: [{ role: "user", content: [{ text: prompt }] }] } },
  output: { outputContentType: "application/json", outputTokenCount: 5, outputBodyJson: { output: { message: { role: "assistant", content: [{ text: "Done." }] } }, usage: { inputTokens: 12, outputTokens: 5 } } },
});
const awsKey = "AKIA" + "Z7VRSQ5TJN2XKQ4M";

async function ingest(orgId: string, text: string | Buffer, source: "auto" | "aws-cloudtrail" = "auto") {
  const file = await storeUpload({ orgId, source, fileName: `f-${uniq()}.jsonl`, body: Readable.from([Buffer.from(text)]), via: "CLI" });
  await processIngestFile({ orgId, fileId: file.id });
  return db.ingestFile.findUniqueOrThrow({ where: { id: file.id } });
}

describe("ingestion pipeline", () => {
  it("stores good records, quarantines bad ones with reasons, balances the ledger, and stores nothing twice", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const lines = [
      ...Array.from({ length: 25 }, (_, i) => JSON.stringify(trail(i))),
      "{not json",
      JSON.stringify({ hello: "world" }),
      JSON.stringify(invocation(`please rotate ${awsKey} and mail jane.roe@example.org`)),
      JSON.stringify({ x: { ["__proto__"]: { admin: true } } }).replace('"x":{}', '"x":{"__proto__":{"admin":true}}'),
      JSON.stringify(trail(3)), // a duplicate inside the file
    ];
    const file = await ingest(org.id, gzipSync(Buffer.from(lines.join("\n"))));
    expect(file.status).toBe("DONE");
    expect(file.lines).toBe(file.stored + file.duplicates + file.rejected);
    expect(file).toMatchObject({ lines: 30, stored: 26, duplicates: 1, rejected: 3 });
    expect(file.reasons).toEqual({ malformed_json: 1, unknown_format: 1, forbidden_key: 1 });
    const rejections = await db.ingestRejection.findMany({ where: { fileId: file.id }, orderBy: { lineNumber: "asc" } });
    expect(rejections.map((r) => [r.lineNumber, r.reason])).toEqual([[26, "malformed_json"], [27, "unknown_format"], [29, "forbidden_key"]]);
    expect(Buffer.from(rejections[0]!.rawPrefix).toString()).toBe("{not json");

    const llm = await db.llmEvent.findFirstOrThrow({ where: { orgId: org.id } });
    expect(llm).toMatchObject({ providerName: "aws.bedrock", requestModel: "anthropic.claude-3-haiku-20240307-v1:0", inputTokens: 12, outputTokens: 5 });
    expect(llm.prompt).not.toContain(awsKey);
    expect(llm.prompt).toContain("<aws-access-token>");
    expect(llm.findingCount).toBeGreaterThanOrEqual(2);
    expect(llm.raw).toContain('"schemaType":"ModelInvocationLog"');
    expect(llm.raw).not.toContain(awsKey);
    expect(llm.raw).not.toContain("jane.roe@example.org");
    const findings = await db.finding.findMany({ where: { orgId: org.id }, select: { ruleId: true, evidence: true } });
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["aws-access-token", "EMAIL_ADDRESS"]));
    expect(JSON.stringify(findings)).not.toContain(awsKey);
    expect(await db.cloudEvent.count({ where: { orgId: org.id } })).toBe(25);

    const again = await ingest(org.id, lines.join("\n"));
    expect(again).toMatchObject({ lines: 30, stored: 0, duplicates: 27, rejected: 3 });
    expect(await db.cloudEvent.count({ where: { orgId: org.id } })).toBe(25);
    expect(await db.findingOccurrence.count({ where: { orgId: org.id } })).toBe(findings.length);
  });

  it("refuses a named source's wrong records and whole files it cannot read, with a reason each", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const named = await ingest(org.id, [JSON.stringify(trail(1)), JSON.stringify(invocation("hi"))].join("\n"), "aws-cloudtrail");
    expect(named).toMatchObject({ lines: 2, stored: 1, rejected: 1, reasons: { wrong_format: 1 } });
    expect(await ingest(org.id, "")).toMatchObject({ lines: 1, rejected: 1, reasons: { empty_file: 1 } });
    expect(await ingest(org.id, Buffer.from(JSON.stringify(trail(1)), "utf16le"))).toMatchObject({ rejected: 1, reasons: { unsupported_encoding: 1 } });
    const gz = gzipSync(Buffer.from(Array.from({ length: 3000 }, (_, i) => JSON.stringify(trail(i + 100))).join("\n")));
    const truncated = await ingest(org.id, gz.subarray(0, gz.length - 40));
    expect(truncated.reasons).toMatchObject({ gzip_corrupt: 1 });
    expect(truncated.lines).toBe(truncated.stored + truncated.duplicates + truncated.rejected);
    expect(truncated.stored).toBeGreaterThan(2000);
  });

  it("keeps tenants apart: the same file in two orgs is stored in both", async () => {
    const a = await createOrgWithMembers(["ADMIN"]);
    const b = await createOrgWithMembers(["ADMIN"]);
    const text = JSON.stringify(trail(1));
    expect((await ingest(a.org.id, text)).stored).toBe(1);
    expect((await ingest(b.org.id, text)).stored).toBe(1);
  });
});
