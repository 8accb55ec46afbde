import type { Scope } from "@/lib/auth/scopes";

export type NavItem = { href: string; label: string; scope: Scope; anyOf?: Scope[] };

export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", scope: "dashboard:read" },
  { href: "/apps", label: "Apps", scope: "apps:read" },
  { href: "/integrations", label: "Integrations", scope: "integrations:read" },
  { href: "/catalog", label: "Data catalog", scope: "catalog:read" },
  { href: "/dlp", label: "DLP", scope: "dlp:read" },
  { href: "/ingestion", label: "Ingestion", scope: "ingestion:read", anyOf: ["ingestion:read", "reports:read"] },
  { href: "/gateway", label: "AI gateway", scope: "gateway:read" },
  { href: "/findings", label: "Findings", scope: "findings:read" },
  { href: "/posture", label: "Posture", scope: "posture:read" },
  { href: "/settings", label: "Settings", scope: "members:read", anyOf: ["members:read", "api-keys:read", "audit:read", "system:read"] },
];

export const SETTINGS_TABS: NavItem[] = [
  { href: "/settings/members", label: "Members", scope: "members:read" },
  { href: "/settings/api-keys", label: "API keys", scope: "api-keys:read" },
  { href: "/settings/audit", label: "Audit log", scope: "audit:read" },
  { href: "/settings/alerts", label: "Alerts", scope: "settings:read" },
  { href: "/settings/system", label: "System", scope: "system:read" },
];

export const canSee = (item: NavItem, scopes: ReadonlySet<string>) =>
  (item.anyOf ?? [item.scope]).some((s) => scopes.has(s));
