import { describe, expect, it } from "vitest";
import { AUDIT_PARSERS } from "./audit";
import { AUDIT_FIXTURES, llmRecords } from "./audit-fixtures";

describe("AUDIT_PARSERS auto-detection", () => {
  it("lists each audit source once", () => {
    expect(AUDIT_PARSERS.map((p) => p.source).sort()).toEqual(["anthropic-activity", "aws-cloudtrail", "azure-activity", "azure-entra", "gcp-audit", "github-audit", "openai-audit"]);
  });

  it("detects every fixture as its own source, and exactly one parser claims it", () => {
    for (const [source, record] of AUDIT_FIXTURES) {
      expect(AUDIT_PARSERS.filter((p) => p.matches(record)).map((p) => p.source)).toEqual([source]);
      const parsed = AUDIT_PARSERS.find((p) => p.source === source)?.parse(record);
      expect(parsed && "event" in parsed, source).toBe(true);
    }
  });

  it("claims none of the LLM sources' records", () => {
    for (const [name, record] of Object.entries(llmRecords)) expect(AUDIT_PARSERS.filter((p) => p.matches(record)).map((p) => p.source), name).toEqual([]);
  });
});
