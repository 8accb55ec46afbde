import { describe, expect, it } from "vitest";
import type { Finding } from "../types";
import { evaluateInjection, evaluatePii, evaluateSecrets } from "./evaluate";
import { decodeField, parseTsv } from "./tsv";

const finding = (type: string, start: number, end: number): Finding => ({ detector: "pii", type, start, end, score: 1, preview: "x", tags: { owasp: [], atlas: [], nist: [] } });

describe("corpus evaluation", () => {
  it("decodes escapes in TSV fields", () => {
    expect(decodeField("a\\nb\\tc\\\\n")).toBe("a\nb\tc\\n");
    expect(parseTsv("label\ttext\ninjection\tignore\\tall\n")).toEqual([{ label: "injection", text: "ignore\tall" }]);
  });
  it("counts secrets and injection cases", () => {
    const scan = (t: string) => (t.includes("KEY") ? [finding("k", 0, 3)] : []);
    expect(evaluateSecrets([{ should_match: "true", sample: "KEY" }, { should_match: "false", sample: "KEY" }, { should_match: "true", sample: "no" }], scan)).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0, precision: 0.5, recall: 0.5 });
    expect(evaluateInjection([{ label: "benign", text: "hi" }, { label: "injection", text: "KEY" }], scan)).toMatchObject({ tp: 1, tn: 1, f1: 1 });
  });
  it("scores PII spans by type overlap, per entity", () => {
    const rows = [
      { sample_id: "1", entity_type: "EMAIL_ADDRESS", start: "0", end: "5", text: "a@b.c and 555" },
      { sample_id: "2", entity_type: "", start: "", end: "", text: "nothing" },
    ];
    const scan = (t: string) => (t.startsWith("a@") ? [finding("EMAIL_ADDRESS", 1, 3), finding("PHONE_NUMBER", 10, 13)] : [finding("EMAIL_ADDRESS", 0, 2)]);
    const r = evaluatePii(rows, scan, new Set(["EMAIL_ADDRESS", "PHONE_NUMBER"]));
    expect(r.per_entity.EMAIL_ADDRESS).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.per_entity.PHONE_NUMBER).toMatchObject({ tp: 0, fp: 1 });
    expect(r).toMatchObject({ kind: "pii", cases: 2, tp: 1, fp: 2, fn: 0 });
  });
});
