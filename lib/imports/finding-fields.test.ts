import { describe, expect, it } from "vitest";
import { evidenceText, findingTags, importFingerprint, locationText, newFindingStatus, statusOnReimport } from "./finding-fields";
import type { ImportDraft } from "./types";

const draft = (over: Partial<ImportDraft> = {}): ImportDraft => ({
  source: "SAST", tool: "Semgrep", ruleId: "r", title: "t", description: "", severity: "HIGH", fingerprint: "f".repeat(64), tags: { cwe: ["CWE-89"] }, references: [], ...over,
});

describe("import finding fields", () => {
  it("fingerprints per app", () => {
    expect(importFingerprint("app-1", "abc")).not.toBe(importFingerprint("app-2", "abc"));
    expect(importFingerprint("app-1", "abc")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes code locations as path:line and components as package URLs", () => {
    expect(locationText({ uri: "src/a.js", startLine: 3, startColumn: 7 })).toBe("src/a.js:3");
    expect(locationText({ uri: "", logical: "Ns.Type.Member" })).toBe("Ns.Type.Member");
    expect(locationText({ component: "lodash", version: "4.17.20", purl: "pkg:npm/lodash@4.17.20" })).toBe("pkg:npm/lodash@4.17.20");
    expect(locationText({ component: "lodash", version: "4.17.20" })).toBe("lodash@4.17.20");
    expect(locationText(undefined)).toBeNull();
    expect(locationText({ uri: "x".repeat(900) })!.length).toBe(500);
  });

  it("keeps evidence short: location and the tool's status note", () => {
    expect(evidenceText(draft({ location: { uri: "a.cs", startLine: 2, logical: "A.B" }, statusNote: "Suppressed (inSource)" }))).toBe("a.cs:2 (A.B) — Suppressed (inSource)");
    expect(evidenceText(draft())).toBe("");
    expect(evidenceText(draft({ statusNote: "n".repeat(1000) })).length).toBe(500);
  });

  it("maps tags to the findings shape", () => {
    expect(findingTags(draft({ tags: { cwe: [], cve: ["CVE-2021-1"], labels: ["security"] } }))).toEqual({ owasp: [], atlas: [], nist: [], cwe: [], cve: ["CVE-2021-1"], labels: ["security"] });
  });

  it("decides statuses: the tool's for new findings, reopen or follow closures for known ones, never overriding analysts", () => {
    expect(newFindingStatus(undefined)).toBe("OPEN");
    expect(newFindingStatus("FALSE_POSITIVE")).toBe("FALSE_POSITIVE");
    expect(newFindingStatus("RISK_ACCEPTED")).toBe("TRIAGED");
    expect(statusOnReimport("RESOLVED", undefined)).toEqual({ to: "OPEN", kind: "reopened" });
    expect(statusOnReimport("RESOLVED", "TRIAGED")).toEqual({ to: "OPEN", kind: "reopened" });
    expect(statusOnReimport("RESOLVED", "FALSE_POSITIVE")).toBeNull();
    expect(statusOnReimport("IN_PROGRESS", "FALSE_POSITIVE")).toEqual({ to: "FALSE_POSITIVE", kind: "false_positive_by_import" });
    expect(statusOnReimport("OPEN", "RESOLVED")).toEqual({ to: "RESOLVED", kind: "resolved_by_import" });
    expect(statusOnReimport("OPEN", undefined)).toBeNull();
    expect(statusOnReimport("RISK_ACCEPTED", undefined)).toBeNull();
    expect(statusOnReimport("FALSE_POSITIVE", undefined)).toBeNull();
  });
});
