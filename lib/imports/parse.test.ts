import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse";
import { type ImportErrorCode, ImportFormatError } from "./types";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function errorCode(input: string | Uint8Array, options?: { maxBytes?: number }): ImportErrorCode | "no error" {
  try {
    parseImport(input, options);
    return "no error";
  } catch (e) {
    if (e instanceof ImportFormatError) return e.code;
    throw e;
  }
}

describe("parseImport format detection", () => {
  it("sniffs SARIF and CycloneDX from content, bytes or string, with a UTF-8 BOM", () => {
    const sarif = fixture("multi-run.sarif.json");
    expect(parseImport(new TextEncoder().encode(`\uFEFF${sarif}`)).format).toBe("sarif");
    expect(parseImport(fixture("vex-1.4.cdx.json")).format).toBe("cyclonedx");
  });

  it.each([
    ["", "empty"],
    ["  \n ", "empty"],
    ["{not json", "not_json"],
    ["[1,2]", "unsupported_format"],
    ['"text"', "unsupported_format"],
    ['{"hello":"world"}', "unsupported_format"],
    ['<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5"></bom>', "unsupported_format"],
    ['{"version":"2.1.0"}', "no_runs"],
    ['{"version":"2.1.0","runs":null}', "no_runs"],
    ['{"version":"2.1.0","runs":[]}', "no_runs"],
    ['{"version":"1.0.0","runs":[]}', "unsupported_version"],
    ['{"$schema":"https://json.schemastore.org/sarif-2.0.0.json","runs":[{}]}', "unsupported_version"],
    ['{"bomFormat":"CycloneDX","specVersion":"2.0"}', "unsupported_version"],
    ['{"bomFormat":"CycloneDX"}', "unsupported_version"],
  ] as const)("rejects %j with %s", (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  it("says CycloneDX XML is unsupported in words the uploader understands", () => {
    expect(() => parseImport('<bom xmlns="http://cyclonedx.org/schema/bom/1.4"/>')).toThrow(/CycloneDX XML is not supported/);
  });

  it("rejects files over the size limit before parsing", () => {
    expect(errorCode(fixture("vex-1.4.cdx.json"), { maxBytes: 100 })).toBe("too_large");
  });

  it("accepts a SARIF log whose version is only in $schema", () => {
    const r = parseImport(JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", runs: [{ tool: { driver: { name: "x" } }, results: [] }] }));
    expect(r.tools).toEqual(["x"]);
  });
});

// Random JSON shaped like SARIF / CycloneDX (right keys, wrong types anywhere) and random text.
const anyJson = fc.jsonValue({ maxDepth: 4 });
const looseObject = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.oneof(anyJson, fc.constant({}), fc.constant([])), { maxKeys: keys.length });
const resultLike = looseObject(["ruleId", "ruleIndex", "rule", "level", "kind", "message", "locations", "fingerprints", "partialFingerprints", "suppressions", "properties", "taxa", "baselineState"]);
const runLike = fc.record({
  tool: fc.oneof(anyJson, fc.record({ driver: looseObject(["name", "version", "rules"]), extensions: fc.array(looseObject(["name", "rules"]), { maxLength: 2 }) })),
  results: fc.oneof(anyJson, fc.array(fc.oneof(resultLike, anyJson), { maxLength: 6 })),
  invocations: anyJson,
  taxonomies: anyJson,
  artifacts: anyJson,
});
const sarifLike = fc.record({ version: fc.constantFrom("2.1.0", "2.1.0", "2.0.0", 2), runs: fc.oneof(fc.array(runLike, { maxLength: 3 }), anyJson) });
const vulnLike = looseObject(["id", "bom-ref", "ratings", "cwes", "analysis", "affects", "source", "advisories", "references", "tools", "description"]);
const bomLike = fc.record({
  bomFormat: fc.constant("CycloneDX"),
  specVersion: fc.constantFrom("1.4", "1.5", "1.6", "1.7", "1.1", 1.5),
  metadata: fc.oneof(anyJson, looseObject(["tools", "component"])),
  components: fc.oneof(anyJson, fc.array(looseObject(["bom-ref", "name", "version", "purl", "group", "components"]), { maxLength: 4 })),
  vulnerabilities: fc.oneof(anyJson, fc.array(fc.oneof(vulnLike, anyJson), { maxLength: 6 })),
});

describe("parseImport robustness", () => {
  it("never throws anything but ImportFormatError, and its ledger always balances", () => {
    const input = fc.oneof(
      sarifLike.map((v) => JSON.stringify(v)),
      bomLike.map((v) => JSON.stringify(v)),
      anyJson.map((v) => JSON.stringify(v)),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        try {
          const r = parseImport(text);
          expect(r.drafts.length + r.skipped.reduce((a, s) => a + s.count, 0)).toBe(r.results);
          for (const d of r.drafts) {
            expect(d.fingerprint).toMatch(/^[0-9a-f]{64}$/);
            expect(d.title.length).toBeLessThanOrEqual(300);
            expect(d.ruleId.length).toBeLessThanOrEqual(120);
            expect(d.tool.length).toBeLessThanOrEqual(40);
            expect(d.description.length).toBeLessThanOrEqual(4000);
            expect(`${d.title}${d.description}${d.ruleId}`).not.toContain("\u0000");
          }
          expect(new Set(r.drafts.map((d) => d.fingerprint)).size).toBe(r.drafts.length);
        } catch (e) {
          // invalid_structure is the safety net for parser bugs: random input must never reach it.
          if (!(e instanceof ImportFormatError) || e.code === "invalid_structure") throw e;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("is deterministic: same bytes, same drafts", () => {
    const text = fixture("multi-run.sarif.json");
    expect(parseImport(text)).toEqual(parseImport(text));
  });

  it("handles deeply nested components without exhausting the stack", () => {
    // Built as text: JSON.stringify itself recurses.
    const depth = 20_000;
    const nested = `${'{"name":"c","components":['.repeat(depth)}{"bom-ref":"leaf","name":"leaf","version":"1"}${"]}".repeat(depth)}`;
    const bom = `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${nested}],"vulnerabilities":[{"id":"CVE-2024-0001","affects":[{"ref":"leaf"}]}]}`;
    expect(parseImport(bom).drafts[0]?.title).toBe("CVE-2024-0001 in leaf@1");
  });
});
