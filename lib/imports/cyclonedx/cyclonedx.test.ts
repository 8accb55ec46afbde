import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "../parse";
import { type ImportDraft } from "../types";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const find = (drafts: ImportDraft[], ruleId: string) => drafts.filter((d) => d.ruleId === ruleId);

describe("CycloneDX 1.4 VEX", () => {
  const r = parseImport(fixture("vex-1.4.cdx.json"));

  it("reads the BOM, its tool and every vulnerability", () => {
    expect(r.format).toBe("cyclonedx");
    expect(r.specVersion).toBe("1.4");
    expect(r.tools).toEqual(["acme-scanner 3.2.1"]);
    expect(r.results).toBe(6);
    expect(r.drafts).toHaveLength(5);
    expect(r.skipped).toEqual([{ reason: "duplicate", count: 1 }]); // CVE-2021-23337 listed twice for lodash
  });

  it("maps analysis states to statuses", () => {
    const status = Object.fromEntries(r.drafts.map((d) => [d.ruleId, d.status ?? "OPEN"]));
    expect(status).toEqual({
      "CVE-2021-23337": "TRIAGED", // exploitable
      "CVE-2020-28500": "FALSE_POSITIVE", // not_affected
      "CVE-2019-10744": "RESOLVED",
      "CVE-2018-16487": "OPEN", // in_triage
      "CVE-2018-3721": "FALSE_POSITIVE", // false_positive
    });
    expect(find(r.drafts, "CVE-2020-28500")[0]?.statusNote).toBe("not_affected; code_not_reachable");
    expect(find(r.drafts, "CVE-2021-23337")[0]?.statusNote).toBe("exploitable; response: update — Reachable from the admin UI.");
  });

  it("maps ratings: the vulnerability source's rating wins, a bare score uses CVSS bands, none → MEDIUM", () => {
    const severity = Object.fromEntries(r.drafts.map((d) => [d.ruleId, d.severity]));
    expect(severity).toEqual({ "CVE-2021-23337": "HIGH", "CVE-2020-28500": "MEDIUM", "CVE-2019-10744": "CRITICAL", "CVE-2018-16487": "MEDIUM", "CVE-2018-3721": "LOW" });
  });

  it("resolves affected refs to nested components", () => {
    const d = find(r.drafts, "CVE-2021-23337")[0]!;
    expect(d.source).toBe("SCA");
    expect(d.tool).toBe("acme-scanner");
    expect(d.title).toBe("CVE-2021-23337 in lodash@4.17.20");
    expect(d.location).toEqual({ component: "lodash", version: "4.17.20", purl: "pkg:npm/lodash@4.17.20" });
    expect(d.tags).toEqual({ cwe: ["CWE-94"], cve: ["CVE-2021-23337"] });
    expect(d.references).toEqual(["https://nvd.nist.gov/vuln/detail/CVE-2021-23337"]);
    expect(d.description).toBe("Command injection via template.");
  });
});

describe("CycloneDX 1.5", () => {
  const r = parseImport(fixture("vulns-1.5.cdx.json"));

  it("reads 1.5 tools, advisories, references and skips invalid entries", () => {
    expect(r.specVersion).toBe("1.5");
    expect(r.tools).toEqual(["trivy 0.50.0"]);
    expect(r.results).toBe(6);
    expect(r.drafts).toHaveLength(4);
    expect(r.skipped).toEqual([{ reason: "invalid_result", count: 2 }]);
    const ghsa = find(r.drafts, "GHSA-p43x-xfjf-5jhr")[0]!;
    expect(ghsa.severity).toBe("HIGH"); // ghsa rating, the vulnerability's own source
    expect(ghsa.status).toBe("RESOLVED"); // resolved_with_pedigree
    expect(ghsa.tags).toEqual({ cwe: ["CWE-502"], cve: ["GHSA-p43x-xfjf-5jhr", "CVE-2020-9548"] });
    expect(ghsa.references).toEqual([
      "https://github.com/advisories/GHSA-p43x-xfjf-5jhr",
      "https://avd.aquasec.com/nvd/cve-2020-9548",
      "https://nvd.nist.gov/vuln/detail/CVE-2020-9548",
    ]);
    expect(ghsa.description).toBe("Recommendation: Upgrade to 2.9.10.4");
    expect(ghsa.location).toEqual({
      component: "com.fasterxml.jackson.core/jackson-databind",
      version: "2.9.1",
      purl: "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1",
    });
  });

  it("resolves BOM-Links and bare purls, one draft per affected component", () => {
    const drafts = find(r.drafts, "CVE-2022-0001");
    expect(drafts.map((d) => d.severity)).toEqual(["CRITICAL", "CRITICAL", "CRITICAL"]);
    expect(drafts.map((d) => d.location)).toEqual([
      { component: "com.fasterxml.jackson.core/jackson-databind", version: "2.9.1", purl: "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1" },
      { component: "other-product" },
      { component: "requests", version: "2.19.0", purl: "pkg:pypi/requests@2.19.0" },
    ]);
  });

  it("fingerprints SCA results by tool, vulnerability and component, not by BOM version", () => {
    const reissued = JSON.parse(fixture("vulns-1.5.cdx.json"));
    reissued.version = 4;
    reissued.vulnerabilities[1].affects[1].ref = "urn:cdx:00000000-0000-0000-0000-000000000000/2#other-product";
    reissued.vulnerabilities[0].description = "edited text";
    const again = parseImport(JSON.stringify(reissued));
    expect(again.drafts.map((d) => d.fingerprint)).toEqual(r.drafts.map((d) => d.fingerprint));
    reissued.metadata.tools.components[0].name = "grype";
    expect(parseImport(JSON.stringify(reissued)).drafts[0]?.fingerprint).not.toBe(r.drafts[0]?.fingerprint);
  });
});

describe("CycloneDX 1.6", () => {
  const r = parseImport(fixture("vulns-1.6.cdx.json"));

  it("uses per-vulnerability tools, keeps version ranges apart, and handles unknown severities", () => {
    expect(r.specVersion).toBe("1.6");
    expect(r.tools).toEqual(["grype", "CycloneDX"]);
    expect(r.detectors).toEqual(["grype", "CycloneDX"]);
    const log4 = find(r.drafts, "CVE-2021-44228");
    expect(log4).toHaveLength(2);
    expect(new Set(log4.map((d) => d.fingerprint)).size).toBe(2);
    expect(log4[0]?.tool).toBe("grype");
    expect(log4[0]?.title).toBe("CVE-2021-44228 in acme-product@5.0");
    expect(log4[0]?.tags.cwe).toEqual(["CWE-502", "CWE-400"]);
    expect(log4[0]?.status).toBe("TRIAGED");
    const triage = find(r.drafts, "CVE-2021-45046")[0]!;
    expect(triage.severity).toBe("MEDIUM");
    expect(triage.status).toBeUndefined();
    expect(triage.statusNote).toBe("in_triage");
    expect(triage.location).toBeUndefined();
  });

  it("accepts an SBOM without vulnerabilities with a warning", () => {
    const sbom = parseImport(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components: [] }));
    expect(sbom.results).toBe(0);
    expect(sbom.warnings[0]).toMatch(/no vulnerabilities/);
    expect(sbom.detectors).toEqual([]); // reports no scan: nothing may be resolved
    const clean = parseImport(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", metadata: { tools: [{ name: "trivy" }] }, vulnerabilities: [] }));
    expect(clean.detectors).toEqual(["trivy"]);
  });
});
