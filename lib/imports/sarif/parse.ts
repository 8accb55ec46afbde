// SARIF 2.1.0 log → import result. Several runs per file (one per tool or analysis), all deduplicated together.
import { DraftCollector } from "../fingerprint";
import { asArr, asObj, asObjs, asStr, at, type Obj } from "../json";
import { oneLine } from "../text";
import { IMPORT_LIMITS, ImportFormatError, type ImportResult } from "../types";
import { mapResult } from "./result";
import { indexRules } from "./rules";

export function parseSarif(root: Obj, maxDrafts: number): ImportResult {
  const version = asStr(root.version) ?? (/2\.1\.0/.test(asStr(root.$schema) ?? "") ? "2.1.0" : undefined);
  if (version !== "2.1.0") throw new ImportFormatError("unsupported_version", `SARIF version ${oneLine(String(version ?? "(missing)"), 20)} is not supported: export SARIF 2.1.0.`);
  if (!Array.isArray(root.runs) || root.runs.length === 0) throw new ImportFormatError("no_runs", "The SARIF log has no runs: the tool produced no analysis.");

  const collector = new DraftCollector(maxDrafts);
  const tools = new Set<string>();
  const detectors = new Set<string>();
  const incomplete = new Set<string>();
  const warnings: string[] = [];
  for (const rawRun of root.runs) {
    const run = asObj(rawRun);
    if (!run) {
      warnings.push("A run that is not an object was ignored.");
      continue;
    }
    const tool = oneLine(asStr(at(run, "tool", "driver", "name")) ?? "unknown", IMPORT_LIMITS.tool);
    const version = asStr(at(run, "tool", "driver", "semanticVersion")) ?? asStr(at(run, "tool", "driver", "version"));
    tools.add(oneLine(version ? `${tool} ${version}` : tool, 80));
    detectors.add(tool);
    const failures = runFailures(run);
    if (failures.length || !Array.isArray(run.results)) incomplete.add(tool);
    if (!Array.isArray(run.results)) warnings.push(`${tool}: the run has no results array (analysis did not complete).`);
    for (const f of failures) warnings.push(`${tool}: ${f}`);

    const ctx = { run, rules: indexRules(run), tool };
    for (const result of asArr(run.results)) {
      const mapped = mapResult(ctx, result);
      if (typeof mapped === "string") collector.skip(mapped);
      else collector.add(mapped);
    }
  }
  const { drafts, skipped, results } = collector.finish();
  return {
    format: "sarif",
    specVersion: "2.1.0",
    tools: [...tools],
    detectors: [...detectors],
    incompleteTools: [...incomplete],
    results,
    drafts,
    skipped,
    warnings: warnings.slice(0, IMPORT_LIMITS.warnings),
  };
}

/** executionSuccessful false, with the error-level notifications that explain it. */
function runFailures(run: Obj): string[] {
  const out: string[] = [];
  for (const inv of asObjs(run.invocations)) {
    if (inv.executionSuccessful !== false) continue;
    const notes = [...asObjs(inv.toolExecutionNotifications), ...asObjs(inv.toolConfigurationNotifications)]
      .filter((n) => n.level === "error")
      .map((n) => asStr(at(n, "message", "text")))
      .filter((t): t is string => !!t);
    out.push(oneLine(`execution unsuccessful${notes.length ? `: ${notes.slice(0, 3).join("; ")}` : ""}`, 300));
  }
  return out;
}
