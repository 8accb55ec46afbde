// One SARIF result → one candidate draft (or a skip reason).
import { type Candidate } from "../fingerprint";
import { asArr, asObj, asObjs, asStr, at, type Obj } from "../json";
import { TagSet, clip, firstLine, httpUrls, joinParagraphs, oneLine, severityFromScore } from "../text";
import { IMPORT_LIMITS, type ImportSeverity, type ImportStatus, type SkipReason } from "../types";
import { primaryLocation } from "./location";
import { collectTags, findRule, securitySeverity, type RunRules } from "./rules";

export type RunContext = { run: Obj; rules: RunRules; tool: string };

const LEVEL_SEVERITY: Record<string, ImportSeverity> = { error: "HIGH", warning: "MEDIUM", note: "LOW", none: "INFO" };

// Semgrep OSS writes this same value for every result when not logged in: it identifies nothing.
const PLACEHOLDER_FINGERPRINTS = new Set(["requires login"]);

export function mapResult(ctx: RunContext, raw: unknown): Candidate | SkipReason {
  const result = asObj(raw);
  if (!result) return "invalid_result";
  const kind = asStr(result.kind) ?? "fail";
  if (kind === "pass" || kind === "notApplicable") return "not_a_failure";
  if (result.baselineState === "absent") return "baseline_absent";

  const rule = findRule(ctx.rules, result);
  const ruleId = clip(asStr(result.ruleId) ?? asStr(at(result, "rule", "id")) ?? asStr(rule?.id) ?? "unspecified", IMPORT_LIMITS.ruleId);
  const message = messageText(result, rule);
  const { location, snippet } = primaryLocation(ctx.run, result);
  const tags = new TagSet();
  collectTags(ctx.rules, rule, tags);
  collectTags(ctx.rules, result, tags);
  const status = suppressionStatus(result);

  const ruleText = (key: string) => asStr(at(rule, key, "text"));
  const draft: Candidate["draft"] = {
    source: "SAST",
    tool: ctx.tool,
    ruleId,
    title: firstLine(message ?? "", IMPORT_LIMITS.title) || oneLine(ruleText("shortDescription") ?? asStr(rule?.name) ?? ruleId, IMPORT_LIMITS.title),
    description: joinParagraphs([message, ruleText("fullDescription") ?? ruleText("shortDescription"), ruleText("help")], IMPORT_LIMITS.description),
    severity: severityOf(result, rule, kind),
    tags: tags.toTags(),
    references: httpUrls([asStr(rule?.helpUri), ...asObjs(at(result, "properties", "references")).map((r) => asStr(r.url))]),
  };
  if (status) Object.assign(draft, status);
  if (location) draft.location = location;

  const place = location ? location.uri || location.logical || "" : "";
  const base = ["sarif", ctx.tool, ruleId, place];
  const stable = fingerprintParts(result.fingerprints) ?? fingerprintParts(result.partialFingerprints, "partial");
  const position = { line: location?.startLine ?? 0, column: location?.startColumn ?? 0 };
  if (stable) return { draft, identity: [...base, ...stable], position };
  if (snippet) return { draft, identity: [...base, "snippet", snippet], position };
  return { draft, identity: [...base, "at", `${position.line}:${position.column}`, oneLine(message ?? "", 1000)] };
}

function fingerprintParts(value: unknown, label = "full"): string[] | undefined {
  const entries = Object.entries(asObj(value) ?? {})
    .filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "" && !PLACEHOLDER_FINGERPRINTS.has(e[1].trim().toLowerCase()))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? [label, ...entries.map(([k, v]) => `${k}=${v}`)] : undefined;
}

/** security-severity (result, then rule) wins over level; level: result, rule default, else by kind. */
function severityOf(result: Obj, rule: Obj | undefined, kind: string): ImportSeverity {
  const scored = severityFromScore(securitySeverity(result) ?? securitySeverity(rule));
  if (scored) return scored;
  const level = asStr(result.level) ?? asStr(at(rule, "defaultConfiguration", "level")) ?? (kind === "fail" ? "warning" : "none");
  return LEVEL_SEVERITY[level] ?? "MEDIUM";
}

/** message.text, else the rule's messageStrings[message.id] with {n} placeholders filled from arguments. */
function messageText(result: Obj, rule: Obj | undefined): string | undefined {
  const msg = asObj(result.message);
  const direct = asStr(msg?.text) ?? asStr(msg?.markdown);
  const id = asStr(msg?.id);
  const template = direct ?? (id ? (asStr(at(rule, "messageStrings", id, "text")) ?? asStr(at(rule, "messageStrings", id, "markdown"))) : undefined);
  if (!template) return undefined;
  const args = asArr(msg?.arguments).map((a) => (typeof a === "string" ? a : ""));
  const filled = template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n: string | undefined) => (n === undefined ? m[0]! : (args[Number(n)] ?? m)));
  // Embedded links "[text](1)" point at relatedLocations: keep the text.
  return clip(filled.replace(/\[([^\]\n]*)\]\((?:\d+|[a-z]+:[^)\s]*)\)/gi, "$1"), IMPORT_LIMITS.description);
}

/** Accepted or unqualified suppression → FALSE_POSITIVE; only under-review ones → TRIAGED; all rejected → open. */
function suppressionStatus(result: Obj): { status: ImportStatus; statusNote: string } | undefined {
  const suppressions = asObjs(result.suppressions);
  const active = suppressions.filter((s) => s.status === undefined || s.status === "accepted");
  const pending = suppressions.filter((s) => s.status === "underReview");
  const chosen = active.length ? active : pending;
  if (!chosen.length) return undefined;
  const notes = chosen.map((s) => [asStr(s.kind) ?? "suppressed", asStr(s.justification)].filter(Boolean).join(": "));
  const prefix = active.length ? "Suppressed" : "Suppression under review";
  return { status: active.length ? "FALSE_POSITIVE" : "TRIAGED", statusNote: clip(`${prefix} (${notes.join("; ")})`, IMPORT_LIMITS.statusNote) };
}
