import { describe, expect, it } from "vitest";
import { makeEvidence } from "../test-evidence";
import { FAMILIES, type AppEvidence } from "../types";
import { CONTROLS, CONTROLS_BY_ID, CATALOG_VERSION, EVALUATORS, evaluateApp } from ".";

const range = (prefix: string, counts: number[]) => counts.flatMap((n, i) => Array.from({ length: n }, (_, j) => `${prefix} ${i + 1}.${j + 1}`));
/** NIST AI RMF 1.0 subcategories (NIST AI 100-1, Tables 1-4). */
const AI_RMF = new Set([
  ...range("GOVERN", [7, 3, 2, 3, 2, 2]), ...range("MAP", [6, 3, 5, 2, 2]), ...range("MEASURE", [3, 13, 3, 3]), ...range("MANAGE", [4, 4, 2, 3]),
]);
/** The 12 risks of NIST AI 600-1 (Generative AI profile), spelled as lib/dlp and lib/correlation tag findings. */
const AI_600_RISKS = new Set([
  "CBRN Information or Capabilities", "Confabulation", "Dangerous, Violent, or Hateful Content", "Data Privacy", "Environmental Impacts",
  "Harmful Bias and Homogenization", "Human-AI Configuration", "Information Integrity", "Information Security", "Intellectual Property",
  "Obscene, Degrading, and/or Abusive Content", "Value Chain and Component Integration",
]);
const OWASP = new Set(Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, "0")}`));
/** ATLAS mitigations in use here: AML.M0000-AML.M0025 from ATLAS 4.x plus the agent mitigations added in 2025. */
const ATLAS_KNOWN = /^AML\.M00([01]\d|2\d|3[0-4])$/;

describe("control catalog", () => {
  it("has a version and at least 30 controls with unique, well-formed ids matching their family", () => {
    expect(CATALOG_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(CONTROLS.length).toBeGreaterThanOrEqual(30);
    expect(CONTROLS_BY_ID.size).toBe(CONTROLS.length);
    for (const c of CONTROLS) expect(c.id).toMatch(new RegExp(`^LSO-${c.family}-\\d{2}$`));
  });

  it("covers every family, in family order", () => {
    const order = Object.keys(FAMILIES);
    expect([...new Set(CONTROLS.map((c) => c.family))]).toEqual(order);
  });

  it("gives every control its texts, a weight of 1-3 and a valid evaluation", () => {
    for (const c of CONTROLS) {
      for (const text of [c.title, c.description, c.rationale, c.remediation]) expect(text.length, c.id).toBeGreaterThan(10);
      expect([1, 2, 3], c.id).toContain(c.weight);
      if (c.evaluation.type === "automated") expect(EVALUATORS[c.evaluation.evaluator], c.id).toBeTypeOf("function");
      else expect(c.evaluation.validDays, c.id).toBeGreaterThan(0);
    }
  });

  it("leaves no evaluator unused", () => {
    const used = new Set(CONTROLS.flatMap((c) => (c.evaluation.type === "automated" ? [c.evaluation.evaluator] : [])));
    expect(Object.keys(EVALUATORS).filter((name) => !used.has(name))).toEqual([]);
  });

  it("maps every control to real framework ids and names", () => {
    for (const { id, mappings: m } of CONTROLS) {
      expect(m.owaspLlm.length + m.nistAiRmf.length + m.nistAi600.length + m.atlas.length, id).toBeGreaterThan(0);
      for (const o of m.owaspLlm) expect(OWASP.has(o), `${id} ${o}`).toBe(true);
      for (const a of m.atlas) expect(a, id).toMatch(/^AML\.M\d{4}$/);
      for (const a of m.atlas) expect(a, id).toMatch(ATLAS_KNOWN);
      for (const r of m.nistAiRmf) expect(AI_RMF.has(r), `${id} ${r}`).toBe(true);
      for (const r of m.nistAi600) expect(AI_600_RISKS.has(r), `${id} ${r}`).toBe(true);
    }
  });

  it("covers all of the OWASP LLM Top 10 and all four AI RMF functions", () => {
    const owasp = new Set(CONTROLS.flatMap((c) => c.mappings.owaspLlm));
    expect([...OWASP].filter((o) => !owasp.has(o))).toEqual([]);
    const functions = new Set(CONTROLS.flatMap((c) => c.mappings.nistAiRmf.map((r) => r.split(" ")[0])));
    expect([...functions].sort()).toEqual(["GOVERN", "MANAGE", "MAP", "MEASURE"]);
  });

  it("is plain data the API can serialize", () => {
    expect(JSON.parse(JSON.stringify(CONTROLS))).toEqual(CONTROLS);
  });
});

describe("evaluateApp", () => {
  it("passes every control on the compliant test evidence, in catalog order", () => {
    const results = evaluateApp(makeEvidence());
    expect([...results.keys()]).toEqual(CONTROLS.map((c) => c.id));
    const notPassing = [...results].filter(([, r]) => r.status !== "PASS");
    expect(notPassing).toEqual([]);
  });

  it("turns a throwing evaluator into NEEDS_ATTESTATION 'evaluator error' and still runs the others", () => {
    const broken = { ...makeEvidence(), credentials: undefined } as unknown as AppEvidence;
    const results = evaluateApp(broken);
    expect(results.get("LSO-SEC-02")).toEqual({ status: "NEEDS_ATTESTATION", evidence: "evaluator error" });
    expect(results.get("LSO-IAM-01")!.status).toBe("PASS");
    expect(results.size).toBe(CONTROLS.length);
  });
});
