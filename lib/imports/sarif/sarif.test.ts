import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "../parse";
import { type CodeLocation, type ImportDraft } from "../types";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const byRule = (drafts: ImportDraft[], ruleId: string) => drafts.filter((d) => d.ruleId === ruleId);
const one = (drafts: ImportDraft[], ruleId: string) => {
  const found = byRule(drafts, ruleId);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("SARIF import", () => {
  const result = parseImport(fixture("multi-run.sarif.json"));

  it("reads every run and accounts for every result", () => {
    expect(result.format).toBe("sarif");
    expect(result.specVersion).toBe("2.1.0");
    expect(result.tools).toEqual(["CodeQL 2.19.0", "Semgrep OSS 1.90.0"]);
    expect(result.results).toBe(11);
    expect(result.drafts).toHaveLength(8);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { reason: "not_a_failure", count: 1 },
        { reason: "baseline_absent", count: 1 },
        { reason: "duplicate", count: 1 },
      ]),
    );
    expect(result.drafts.length + result.skipped.reduce((a, s) => a + s.count, 0)).toBe(result.results);
    expect(result.incompleteTools).toEqual([]);
  });

  it("maps security-severity before level, and level otherwise", () => {
    expect(one(result.drafts, "js/xss").severity).toBe("MEDIUM"); // 6.1 wins over level warning
    expect(one(result.drafts, "js/sql-injection").severity).toBe("HIGH"); // 8.8
    expect(one(result.drafts, "js/hardcoded-credentials").severity).toBe("CRITICAL"); // 9.8
    expect(byRule(result.drafts, "python.lang.security.audit.eval-detected").map((d) => d.severity)).toEqual(["MEDIUM", "MEDIUM"]); // rule default warning
    const prints = byRule(result.drafts, "python.lang.best-practice.print");
    expect(prints.map((d) => d.severity).sort()).toEqual(["INFO", "LOW", "LOW"]); // rule default note; result level none
  });

  it("resolves rules in tool extensions, with tags, help URI and cleaned message", () => {
    const xss = one(result.drafts, "js/xss");
    expect(xss.tool).toBe("CodeQL");
    expect(xss.source).toBe("SAST");
    expect(xss.title).toBe("Cross-site scripting vulnerability due to user-provided value.");
    expect(xss.description).toContain("Writing user input directly to the DOM");
    expect(xss.tags).toEqual({ cwe: ["CWE-79", "CWE-116"], labels: ["security"] });
    expect(xss.references).toEqual(["https://codeql.github.com/codeql-query-help/javascript/js-xss/"]);
    expect(xss.location).toEqual({ uri: "src/app/page.tsx", startLine: 42, startColumn: 7 });
    expect(xss.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("drops non-http help URIs", () => {
    expect(one(result.drafts, "js/hardcoded-credentials").references).toEqual([]);
  });

  it("extracts CWE and OWASP ids from Semgrep tags", () => {
    const evals = byRule(result.drafts, "python.lang.security.audit.eval-detected");
    expect(evals).toHaveLength(2);
    expect(evals[0]!.tags).toEqual({ cwe: ["CWE-95"], owasp: ["A03:2021"], labels: ["security"] });
    expect(evals[0]!.references).toEqual(["https://semgrep.dev/r/python.lang.security.audit.eval-detected"]);
  });

  it("maps suppressions: accepted → FALSE_POSITIVE with justification, underReview → TRIAGED, rejected → open", () => {
    const sql = one(result.drafts, "js/sql-injection");
    expect(sql.status).toBe("FALSE_POSITIVE");
    expect(sql.statusNote).toBe("Suppressed (external: Input is a validated enum)");
    const creds = one(result.drafts, "js/hardcoded-credentials");
    expect(creds.status).toBe("TRIAGED");
    expect(creds.statusNote).toContain("under review");
    const rejected = byRule(result.drafts, "python.lang.best-practice.print").find((d) => d.title === "print() in a test");
    expect(rejected?.status).toBeUndefined();
  });

  it("ignores placeholder fingerprints (Semgrep 'requires login') and tells same-rule results apart", () => {
    const evals = byRule(result.drafts, "python.lang.security.audit.eval-detected");
    expect(new Set(evals.map((d) => d.fingerprint)).size).toBe(2);
    const prints = byRule(result.drafts, "python.lang.best-practice.print").filter((d) => d.title === "print() left in code");
    expect(new Set(prints.map((d) => d.fingerprint)).size).toBe(2); // same snippet twice: ordinal by position
  });

  it("keeps fingerprints when code moves (partialFingerprints, snippets)", () => {
    const shifted = JSON.parse(fixture("multi-run.sarif.json"));
    for (const run of shifted.runs) {
      for (const r of run.results) {
        const region = r.locations?.[0]?.physicalLocation?.region;
        if (region?.startLine) region.startLine += 17;
      }
    }
    const again = parseImport(JSON.stringify(shifted));
    const lines = (rs: ImportDraft[]) => rs.map((d) => (d.location as CodeLocation | undefined)?.startLine);
    expect(lines(again.drafts)).not.toEqual(lines(result.drafts));
    expect(again.drafts.map((d) => d.fingerprint)).toEqual(result.drafts.map((d) => d.fingerprint));
  });

  it("changes the fingerprint when the identity changes (other file, other partial fingerprint)", () => {
    const changed = JSON.parse(fixture("multi-run.sarif.json"));
    changed.runs[0].results[0].partialFingerprints.primaryLocationLineHash = "ffffffffffffffff:1";
    changed.runs[1].results[0].locations[0].physicalLocation.artifactLocation.uri = "app/other.py";
    const again = parseImport(JSON.stringify(changed));
    const before = new Set(result.drafts.map((d) => d.fingerprint));
    expect(again.drafts.filter((d) => !before.has(d.fingerprint))).toHaveLength(2);
  });

  it("uses CWE taxonomies, messageStrings with arguments, artifact indexes, hierarchical rule ids and logical locations", () => {
    const r = parseImport(fixture("taxonomy-and-messages.sarif.json"));
    const [leak, member] = r.drafts;
    expect(leak?.ruleId).toBe("CA2101/leak");
    expect(leak?.title).toBe("Memory allocated in variable 'p' was not released (64 bytes).");
    expect(leak?.tags.cwe).toEqual(["CWE-401"]);
    expect(leak?.location).toEqual({ uri: "src/alloc.c", startLine: 7 });
    expect(leak?.severity).toBe("MEDIUM"); // security-severity 0 → level (default warning)
    expect(member?.tags.cwe).toEqual(["CWE-401", "CWE-772"]);
    expect(member?.severity).toBe("LOW"); // 3.1
    expect(member?.location).toEqual({ uri: "", logical: "Contoso.Alloc.Run" });
  });

  it("flags runs that did not complete so missing results are not resolved", () => {
    const failed = {
      version: "2.1.0",
      runs: [
        { tool: { driver: { name: "A" } }, invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: "error", message: { text: "Out of memory." } }] }] },
        { tool: { driver: { name: "B" } } },
        { tool: { driver: { name: "C" } }, results: [] },
      ],
    };
    const r = parseImport(JSON.stringify(failed));
    expect(r.incompleteTools).toEqual(["A", "B"]);
    expect(r.detectors).toEqual(["A", "B", "C"]);
    expect(r.warnings).toContain("A: execution unsuccessful: Out of memory.");
    expect(r.results).toBe(0);
  });

  it("caps drafts per file and counts the rest", () => {
    const r = parseImport(fixture("multi-run.sarif.json"), { maxDrafts: 3 });
    expect(r.drafts).toHaveLength(3);
    expect(r.skipped).toContainEqual({ reason: "limit_reached", count: 5 });
    expect(r.results).toBe(11);
  });

  it("bounds string lengths and strips control characters", () => {
    const long = {
      version: "2.1.0",
      runs: [{ tool: { driver: { name: "T".repeat(100) } }, results: [{ ruleId: "R".repeat(500), message: { text: `a\u0000b${"x".repeat(10_000)}` } }] }],
    };
    const [d] = parseImport(JSON.stringify(long)).drafts;
    expect(d?.tool.length).toBeLessThanOrEqual(40);
    expect(d?.ruleId.length).toBeLessThanOrEqual(120);
    expect(d?.title.length).toBeLessThanOrEqual(300);
    expect(d?.description.length).toBeLessThanOrEqual(4000);
    expect(d?.title.startsWith("abx")).toBe(true);
  });
});
