// SAST/SCA import model (pure: no I/O, no Prisma). A parser turns ONE uploaded file into drafts of findings;
// every result of the file is accounted for: results = drafts + skipped (duplicates included in skipped).

export const IMPORT_SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"] as const;
export type ImportSeverity = (typeof IMPORT_SEVERITIES)[number];

/** Statuses an import may propose; absent = open. Values match the FindingStatus enum of prisma/schema.prisma. */
export type ImportStatus = "FALSE_POSITIVE" | "RISK_ACCEPTED" | "RESOLVED" | "TRIAGED";

export type CodeLocation = {
  uri: string;
  startLine?: number;
  startColumn?: number;
  /** Logical location (fully qualified name) when the tool gives one, e.g. a .NET member. */
  logical?: string;
};
export type ComponentLocation = { component: string; version?: string; purl?: string };

export type ImportTags = {
  cwe: string[]; // "CWE-79"
  owasp?: string[]; // "A03:2021", "LLM01:2025"
  cve?: string[]; // CVE-…, GHSA-… ids (SCA)
  labels?: string[]; // other tool tags, e.g. "security", "maintainability"
};

export type ImportDraft = {
  source: "SAST" | "SCA";
  tool: string; // tool name without version (part of the fingerprint), ≤ 40 chars (Finding.detector)
  ruleId: string; // ≤ 120
  title: string; // ≤ 300
  description: string; // ≤ 4000
  severity: ImportSeverity;
  status?: ImportStatus;
  statusNote?: string; // ≤ 1000: suppression justification, VEX analysis detail
  fingerprint: string; // hex sha256 of a stable identity, see lib/imports/fingerprint.ts
  location?: CodeLocation | ComponentLocation;
  tags: ImportTags;
  references: string[]; // http(s) URLs only, ≤ 20
};

export type ImportFormat = "sarif" | "cyclonedx";

export const SKIP_REASONS = [
  "duplicate", // same fingerprint as an earlier result of the same file
  "not_a_failure", // SARIF kind pass / notApplicable
  "baseline_absent", // SARIF baselineState absent: gone since the baseline
  "invalid_result", // an entry that is not an object / has no usable identity
  "limit_reached", // over MAX_DRAFTS_PER_FILE
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type ImportResult = {
  format: ImportFormat;
  specVersion: string;
  tools: string[]; // display names, with version when known ("Semgrep OSS 1.2.3")
  /** Tool names as drafts carry them (Finding.detector) of every analysis the file reports, including those with
   * no results: a later import resolves a tool's earlier findings that it no longer reports. */
  detectors: string[];
  /** Tools whose run did not complete (SARIF executionSuccessful false or no results array): the caller must
   * not resolve that tool's earlier findings just because they are missing from this file. */
  incompleteTools: string[];
  results: number; // = drafts.length + Σ skipped.count
  drafts: ImportDraft[];
  skipped: { reason: SkipReason; count: number }[];
  warnings: string[]; // tool notifications and oddities, ≤ 20
};

export const IMPORT_ERROR_CODES = [
  "empty",
  "too_large",
  "not_json",
  "unsupported_format", // JSON (or XML) that is neither SARIF nor CycloneDX
  "unsupported_version",
  "no_runs", // SARIF without runs
  "invalid_structure",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** The only error parseImport throws; message is safe to show to the uploader. */
export class ImportFormatError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ImportFormatError";
  }
}

export const IMPORT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxDrafts: 100_000,
  tool: 40,
  ruleId: 120,
  title: 300,
  description: 4000,
  statusNote: 1000,
  uri: 1000,
  component: 300,
  tag: 80,
  tagsPerKind: 20,
  references: 20,
  reference: 2048,
  warnings: 20,
} as const;

export type ParseOptions = {
  /** Reject inputs over this many bytes (UTF-8). Default IMPORT_LIMITS.maxBytes. */
  maxBytes?: number;
  /** Cap on drafts per file. Default IMPORT_LIMITS.maxDrafts. */
  maxDrafts?: number;
};
