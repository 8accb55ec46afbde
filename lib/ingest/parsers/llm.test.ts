import { describe, expect, it } from "vitest";
import type { JsonObject } from "../types";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { LLM_PARSERS } from "./llm";
import { LLM_FIXTURES } from "./llm-fixtures";

/** What auto-detection does: the first parser that splits a container, then the first whose matches() is true. */
function detect(record: JsonObject): { splitBy?: string; claims: string[] } {
  for (const p of LLM_PARSERS) {
    const parts = p.split?.(record);
    if (parts) return { splitBy: p.source, claims: parts.map((x) => LLM_PARSERS.find((q) => q.matches(x))?.source ?? "none") };
  }
  return { claims: [LLM_PARSERS.find((q) => q.matches(record))?.source ?? "none"] };
}

describe("LLM parsers in auto-detection order", () => {
  it("lists each LLM source once", () => {
    expect(LLM_PARSERS.map((p) => p.source).sort()).toEqual(["anthropic", "anthropic-usage", "aws-bedrock-invocation", "azure-openai", "openai", "openai-usage", "otlp"]);
  });

  it("routes every typical record (and the parts of containers) to its own source", () => {
    for (const [source, record] of LLM_FIXTURES) {
      const { splitBy, claims } = detect(record);
      if (splitBy) expect(splitBy, source).toBe(source);
      for (const c of claims) expect(c, source).toBe(source);
    }
  });

  it("leaves audit-log records to the audit parsers", () => {
    for (const [source, record] of AUDIT_FIXTURES) expect(detect(record).claims, source).toEqual(["none"]);
  });
});
