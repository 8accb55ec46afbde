// The finding vocabulary shared by the API, the UI and the workers.

export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ["OPEN", "TRIAGED", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"] as const;
export type FindingStatus = (typeof STATUSES)[number];

/** Statuses that still need work: the SLA clock runs and "overdue" applies. */
export const ACTIVE_STATUSES = ["OPEN", "TRIAGED", "IN_PROGRESS"] as const satisfies readonly FindingStatus[];

export const SOURCES = ["DLP", "SECRET_ROTATION", "POSTURE", "SAST", "SCA", "CORRELATION", "MANUAL"] as const;
export type FindingSource = (typeof SOURCES)[number];

export const SLA_STATES = ["overdue", "due_soon", "on_track", "none"] as const;
export type SlaState = (typeof SLA_STATES)[number];
/** "Due soon" window. */
export const DUE_SOON_DAYS = 7;

export const SORTS = ["last_seen", "first_seen", "severity", "sla"] as const;
export type FindingSort = (typeof SORTS)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low", INFO: "Info" };
export const STATUS_LABELS: Record<FindingStatus, string> = {
  OPEN: "Open", TRIAGED: "Triaged", IN_PROGRESS: "In progress", RESOLVED: "Resolved", FALSE_POSITIVE: "False positive", RISK_ACCEPTED: "Risk accepted",
};
export const SOURCE_LABELS: Record<FindingSource, string> = {
  DLP: "DLP", SECRET_ROTATION: "Secret rotation", POSTURE: "Posture", SAST: "SAST", SCA: "SCA", CORRELATION: "Correlation", MANUAL: "Manual",
};
export const SLA_LABELS: Record<SlaState, string> = { overdue: "Overdue", due_soon: "Due soon", on_track: "On track", none: "No SLA" };

/** Default days to fix per severity (DefectDojo-like); INFO has none. Orgs can change them. */
export const DEFAULT_SLA_DAYS: Record<Severity, number | null> = { CRITICAL: 7, HIGH: 30, MEDIUM: 90, LOW: 120, INFO: null };

/** Longest a risk acceptance may run before it must be reviewed again. */
export const MAX_RISK_ACCEPTANCE_DAYS = 366;
