// Text hygiene and classification shared by the SARIF and CycloneDX parsers.
import { IMPORT_LIMITS, type ImportSeverity, type ImportTags } from "./types";

// NUL is rejected by Postgres text columns; other C0 controls (except tab/newline) and lone surrogates are noise.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cleans and truncates to max UTF-16 units without splitting a surrogate pair (so ≤ max characters in SQL). */
export function clip(text: string, max: number): string {
  let s = text.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
  if (s.length <= max) return s;
  s = s.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return `${s}…`;
}

/** One line: whitespace runs collapsed. */
export const oneLine = (text: string, max: number): string => clip(text.replace(/\s+/g, " "), max);

export const firstLine = (text: string, max: number): string => oneLine(text.trim().split("\n", 1)[0] ?? "", max);

/** Paragraphs joined, empty ones dropped, duplicates (e.g. help text = full description) dropped. */
export function joinParagraphs(parts: (string | undefined)[], max: number): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of parts) {
    const t = p?.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    kept.push(t);
  }
  return clip(kept.join("\n\n"), max);
}

/** Only absolute http(s) URLs: references are rendered as links, so javascript:/data: must not pass. */
export function httpUrls(candidates: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    if (!c || c.length > IMPORT_LIMITS.reference || out.size >= IMPORT_LIMITS.references) continue;
    const trimmed = c.trim();
    if (!/^https?:\/\//i.test(trimmed)) continue;
    try {
      out.add(new URL(trimmed).toString());
    } catch {
      // not a URL: dropped
    }
  }
  return [...out];
}

/** CVSS-like 0–10 score: critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0; undefined for 0, negative or > 10. */
export function severityFromScore(score: number | undefined): ImportSeverity | undefined {
  if (score === undefined || !(score > 0) || score > 10) return undefined;
  if (score >= 9) return "CRITICAL";
  if (score >= 7) return "HIGH";
  if (score >= 4) return "MEDIUM";
  return "LOW";
}

export const SEVERITY_RANK: Record<ImportSeverity, number> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1, INFO: 0 };

const CWE = /\bcwe[-_:/ ]?0*(\d{1,5})\b/gi;
const OWASP_TOP10 = /\bA(\d{1,2}):(20\d\d)\b/g;
const OWASP_LLM = /\bLLM(\d{2})(?::(20\d\d))?\b/g;

/** Accumulates CWE / OWASP / CVE / other tags, deduplicated and bounded. */
export class TagSet {
  private readonly cwe = new Set<string>();
  private readonly owasp = new Set<string>();
  private readonly cve = new Set<string>();
  private readonly labels = new Set<string>();

  /** A free-form tag: CWE and OWASP ids inside it are extracted; a tag without one is kept as a label. */
  addTag(raw: string): void {
    let matched = false;
    for (const m of raw.matchAll(CWE)) matched = this.put(this.cwe, `CWE-${m[1]}`) || matched;
    for (const m of raw.matchAll(OWASP_TOP10)) matched = this.put(this.owasp, `A${m[1]!.padStart(2, "0")}:${m[2]}`) || matched;
    for (const m of raw.matchAll(OWASP_LLM)) matched = this.put(this.owasp, m[2] ? `LLM${m[1]}:${m[2]}` : `LLM${m[1]}`) || matched;
    if (!matched) this.put(this.labels, oneLine(raw, IMPORT_LIMITS.tag).toLowerCase());
  }

  addCwe(id: string | number): void {
    const digits = String(id).match(/^(?:cwe[-_: ]?)?0*(\d{1,5})$/i)?.[1];
    if (digits) this.put(this.cwe, `CWE-${digits}`);
  }

  addVulnId(id: string): void {
    if (/^CVE-\d{4}-\d{4,}$/i.test(id)) this.put(this.cve, id.toUpperCase());
    else if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(id)) this.put(this.cve, `GHSA${id.slice(4).toLowerCase()}`);
  }

  toTags(): ImportTags {
    const tags: ImportTags = { cwe: [...this.cwe] };
    if (this.owasp.size) tags.owasp = [...this.owasp];
    if (this.cve.size) tags.cve = [...this.cve];
    if (this.labels.size) tags.labels = [...this.labels];
    return tags;
  }

  private put(set: Set<string>, value: string): boolean {
    if (value && set.size < IMPORT_LIMITS.tagsPerKind) set.add(value);
    return true;
  }
}
