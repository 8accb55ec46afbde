// How an import draft becomes finding columns, and what a re-import does to an existing finding's status (pure).
import { createHash } from "node:crypto";
import type { ImportDraft, ImportStatus } from "./types";

export type FindingStatus = "OPEN" | "TRIAGED" | "IN_PROGRESS" | "RESOLVED" | "FALSE_POSITIVE" | "RISK_ACCEPTED";

const LOCATION_MAX = 500;
const EVIDENCE_MAX = 500;

/** Drafts identify a result across scans of any app; the finding is per app, so the app enters the fingerprint. */
export const importFingerprint = (appId: string, draftFingerprint: string) => createHash("sha256").update(`${appId}|${draftFingerprint}`).digest("hex");

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** "path:line" for code, the package URL (else name@version) for a component; null when the tool gave none. */
export function locationText(location: ImportDraft["location"]): string | null {
  if (!location) return null;
  if ("component" in location) return cut(location.purl ?? (location.version ? `${location.component}@${location.version}` : location.component), LOCATION_MAX);
  const place = location.uri ? (location.startLine ? `${location.uri}:${location.startLine}` : location.uri) : (location.logical ?? "");
  return place ? cut(place, LOCATION_MAX) : null;
}

/** Short and free of code: where it is and what the tool said about its status. Snippets are never stored. */
export function evidenceText(draft: ImportDraft): string {
  const location = draft.location && !("component" in draft.location) && draft.location.logical && draft.location.uri
    ? `${locationText(draft.location)} (${draft.location.logical})`
    : locationText(draft.location);
  return cut([location, draft.statusNote].filter(Boolean).join(" — "), EVIDENCE_MAX);
}

/** The findings tag shape (owasp, atlas, nist, cwe) plus the import's own kinds (cve, labels). */
export const findingTags = (draft: ImportDraft) => ({ owasp: draft.tags.owasp ?? [], atlas: [], nist: [], cwe: draft.tags.cwe, ...(draft.tags.cve ? { cve: draft.tags.cve } : {}), ...(draft.tags.labels ? { labels: draft.tags.labels } : {}) });

/** A new finding takes the status the tool reports; a risk acceptance needs our own justification and expiry, so it starts triaged. */
export const newFindingStatus = (status: ImportStatus | undefined): FindingStatus => (status === "RISK_ACCEPTED" ? "TRIAGED" : (status ?? "OPEN"));

export type StatusChange = { to: FindingStatus; kind: "reopened" | "false_positive_by_import" | "resolved_by_import" };

const ACTIVE: readonly FindingStatus[] = ["OPEN", "TRIAGED", "IN_PROGRESS"];

/**
 * An existing finding seen again: a resolved one reopens unless the tool itself reports it closed; an active one
 * follows a suppression (false positive) or a VEX "resolved". Analysts' own closures (false positive, risk accepted)
 * are never overridden.
 */
export function statusOnReimport(current: FindingStatus, reported: ImportStatus | undefined): StatusChange | null {
  if (current === "RESOLVED") return reported === "RESOLVED" || reported === "FALSE_POSITIVE" ? null : { to: "OPEN", kind: "reopened" };
  if (!ACTIVE.includes(current)) return null;
  if (reported === "FALSE_POSITIVE") return { to: "FALSE_POSITIVE", kind: "false_positive_by_import" };
  if (reported === "RESOLVED") return { to: "RESOLVED", kind: "resolved_by_import" };
  return null;
}
