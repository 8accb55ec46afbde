import { Badge } from "@/components/ui/feedback";
import type { ConnectionStatus, IntegrationKind } from "@/lib/integrations/providers";
import type { TRotationStatus } from "@/lib/integrations/schemas";

const STATUS_TONE = { PENDING: "amber", CONNECTED: "green", ERROR: "red", DISCONNECTED: "slate" } as const;

/** Non-OAuth integrations are never called from here, so "connected" only means "configured". */
export function statusLabel(kind: IntegrationKind, status: ConnectionStatus) {
  if (status === "CONNECTED") return kind === "OAUTH_CONNECTION" ? "Connected" : "Configured";
  return { PENDING: "Pending", ERROR: "Error", DISCONNECTED: "Disconnected" }[status];
}

export function ConnectionStatusBadge({ kind, status }: { kind: IntegrationKind; status: ConnectionStatus }) {
  const title = kind !== "OAUTH_CONNECTION" && status === "CONNECTED" ? "Every required secret is stored. The console makes no outbound call to verify it." : undefined;
  return <span title={title}><Badge tone={STATUS_TONE[status]}>{statusLabel(kind, status)}</Badge></span>;
}

const ROTATION_TONE = { ok: "green", due: "amber", overdue: "red" } as const;
const ROTATION_LABEL = { ok: "Rotation ok", due: "Rotation due", overdue: "Rotation overdue" } as const;

export function RotationBadge({ status }: { status: TRotationStatus }) {
  return <Badge tone={ROTATION_TONE[status]}>{ROTATION_LABEL[status]}</Badge>;
}

/** The only part of a stored secret the console ever shows. */
export function SecretTail({ last4 }: { last4: string }) {
  return <code className="whitespace-nowrap font-mono text-xs text-slate-700">•••• {last4}</code>;
}

export const formatDate = (iso: string | null, empty = "—") => (iso ? new Date(iso).toLocaleDateString() : empty);
export const formatDateTime = (iso: string | null, empty = "Never") => (iso ? new Date(iso).toLocaleString() : empty);
