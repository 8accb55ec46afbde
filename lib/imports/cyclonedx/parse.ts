// CycloneDX JSON BOM (1.2–1.7; vulnerabilities exist from 1.4) → import result.
import { DraftCollector } from "../fingerprint";
import { asArr, asStr, at, type Obj } from "../json";
import { oneLine } from "../text";
import { ImportFormatError, type ImportResult } from "../types";
import { indexComponents, toolNames } from "./components";
import { mapVulnerability } from "./vulnerability";

const SUPPORTED = /^1\.[2-7]$/;

export function parseCycloneDx(bom: Obj, maxDrafts: number): ImportResult {
  const specVersion = asStr(bom.specVersion);
  if (!specVersion || !SUPPORTED.test(specVersion)) {
    throw new ImportFormatError("unsupported_version", `CycloneDX specVersion ${oneLine(specVersion ?? "(missing)", 20)} is not supported: export CycloneDX 1.4–1.7 JSON.`);
  }
  const metaTools = toolNames(at(bom, "metadata", "tools"));
  const ctx = { byRef: indexComponents(bom), tool: metaTools[0]?.name ?? "CycloneDX" };
  const collector = new DraftCollector(maxDrafts);
  const tools = new Set(metaTools.map((t) => t.display));
  const toolNamesSeen = new Set(metaTools.map((t) => t.name));
  for (const raw of asArr(bom.vulnerabilities)) {
    const mapped = mapVulnerability(ctx, raw);
    if (typeof mapped === "string") {
      collector.skip(mapped);
      continue;
    }
    for (const candidate of mapped) {
      collector.add(candidate);
      if (!toolNamesSeen.has(candidate.draft.tool)) tools.add(candidate.draft.tool);
      toolNamesSeen.add(candidate.draft.tool);
    }
  }
  if (tools.size === 0) tools.add(ctx.tool);
  // An SBOM without a vulnerabilities array reports no scan: it must not resolve earlier findings.
  const detectors = bom.vulnerabilities === undefined ? [] : [...toolNamesSeen];
  if (detectors.length === 0 && Array.isArray(bom.vulnerabilities)) detectors.push(ctx.tool);
  const warnings = bom.vulnerabilities === undefined ? ["The BOM lists no vulnerabilities (an SBOM only): nothing to import."] : [];
  const { drafts, skipped, results } = collector.finish();
  return { format: "cyclonedx", specVersion, tools: [...tools], detectors, incompleteTools: [], results, drafts, skipped, warnings };
}
