// The one scope table: what each role may do. Checked server-side by defineRoute and page guards;
// the UI uses the same table only to hide what a role cannot do.

export const SCOPES = [
  "dashboard:read",
  "org:read",
  "members:read",
  "members:manage",
  "api-keys:read",
  "api-keys:manage",
  "audit:read",
  "audit:export",
  "settings:read",
  "settings:manage",
  "system:read",
  "apps:read",
  "apps:manage",
  "integrations:read",
  "integrations:manage",
  "catalog:read",
  "catalog:manage",
  "ingestion:read",
  "ingestion:write",
  "findings:read",
  "findings:triage",
  "scans:run",
  "dlp:read",
  "dlp:scan",
  "dlp:configure",
  "posture:read",
  "posture:attest",
  "reports:read",
  "gateway:read",
  "gateway:manage",
] as const;

export type Scope = (typeof SCOPES)[number];

export const ROLES = ["ADMIN", "ANALYST", "MANAGER"] as const;
export type RoleName = (typeof ROLES)[number];

const READ_SCOPES = SCOPES.filter((s) => s.endsWith(":read"));

export const ROLE_SCOPES: Record<RoleName, readonly Scope[]> = {
  ADMIN: SCOPES,
  ANALYST: [...READ_SCOPES, "findings:triage", "scans:run", "ingestion:write", "dlp:scan"],
  MANAGER: [
    "dashboard:read", "org:read", "reports:read", "posture:read",
    "apps:read", "integrations:read", "catalog:read", "findings:read", "gateway:read",
  ],
};

/** Scopes an API key may carry: everything except managing people, keys and org settings. */
export const API_KEY_SCOPES = SCOPES.filter(
  (s) => !["members:manage", "api-keys:manage", "settings:manage"].includes(s),
) as Scope[];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Admin",
  ANALYST: "Security analyst",
  MANAGER: "Manager",
};

export function scopesForRole(role: RoleName): ReadonlySet<Scope> {
  return new Set(ROLE_SCOPES[role]);
}

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);
