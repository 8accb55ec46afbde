// Shared vocabulary of the DLP engine (pure: no I/O anywhere under lib/dlp).

export type DetectorKind = "pii" | "secret" | "injection" | "safety" | "custom";

/** Framework tags carried by every finding. */
export type FindingTags = {
  owasp: string[]; // OWASP Top 10 for LLM Applications 2025 ids, e.g. "LLM02" (sensitive information disclosure)
  atlas: string[]; // MITRE ATLAS technique ids, e.g. "AML.T0051" (LLM prompt injection)
  nist: string[]; // NIST AI 600-1 risk names, e.g. "Data Privacy", "Information Security"
};

export type Finding = {
  detector: DetectorKind;
  /** Presidio entity name (EMAIL_ADDRESS…), gitleaks-style rule id (openai-api-key…) or signal/category id. */
  type: string;
  start: number; // UTF-16 offsets into the scanned text, end exclusive
  end: number;
  score: number; // 0..1
  /** Masked preview, never the full value (e.g. "sk-p…9xQa", "j***@example.com"). */
  preview: string;
  tags: FindingTags;
};

export type DetectOptions = {
  /** Minimum score to report (default per detector; Presidio-like default 0.5 for PII). */
  threshold?: number;
  /** Restrict to these entity types / rule ids. */
  only?: ReadonlySet<string>;
  /** Benchmark-only cost accounting: when given, the detector reports the time it spent per rule id. */
  profile?: RuleProfiler;
};

export type RuleProfiler = (ruleId: string, ms: number) => void;

/** A detector scans plain text and returns findings sorted by start. It must never throw on any input. */
export type Detector = {
  kind: DetectorKind;
  /** How many rules (patterns, signals, lexicon groups) the detector runs; reported by the benchmark. */
  ruleCount: number;
  detect: (text: string, options?: DetectOptions) => Finding[];
};

/** Masked preview helper shared by detectors: keeps at most 4 leading and 4 trailing characters. */
export function maskPreview(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  if (value.length <= 10) return `${value.slice(0, 2)}…${"*".repeat(2)}`;
  return `${value.slice(0, 4)}…${value.slice(-4)}`;
}
