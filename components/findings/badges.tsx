import { Badge } from "@/components/ui/feedback";
import { SEVERITY_LABELS, SLA_LABELS, SOURCE_LABELS, STATUS_LABELS, type FindingSource, type FindingStatus, type Severity, type SlaState } from "@/lib/findings/constants";
import { daysUntil } from "@/lib/findings/lifecycle";

const SEVERITY_STYLES: Record<Severity, string> = {
  CRITICAL: "bg-red-600 text-white ring-red-700",
  HIGH: "bg-orange-100 text-orange-800 ring-orange-200",
  MEDIUM: "bg-amber-50 text-amber-800 ring-amber-200",
  LOW: "bg-sky-50 text-sky-800 ring-sky-200",
  INFO: "bg-slate-100 text-slate-700 ring-slate-200",
};
export const SEVERITY_COLORS: Record<Severity, string> = { CRITICAL: "#dc2626", HIGH: "#ea580c", MEDIUM: "#d97706", LOW: "#0284c7", INFO: "#94a3b8" };

export const SeverityBadge = ({ severity }: { severity: Severity }) => (
  <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${SEVERITY_STYLES[severity]}`}>{SEVERITY_LABELS[severity]}</span>
);

const STATUS_TONES: Record<FindingStatus, "slate" | "green" | "red" | "amber" | "brand"> = {
  OPEN: "red", TRIAGED: "amber", IN_PROGRESS: "brand", RESOLVED: "green", FALSE_POSITIVE: "slate", RISK_ACCEPTED: "slate",
};
export const StatusBadge = ({ status }: { status: FindingStatus }) => <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
export const SourceBadge = ({ source }: { source: FindingSource }) => <Badge>{SOURCE_LABELS[source]}</Badge>;

/** "Overdue 3 d", "Due in 2 d", a date when on track, a dash when there is no SLA clock. */
export function SlaBadge({ state, dueAt, now = new Date() }: { state: SlaState; dueAt: string | null; now?: Date }) {
  if (state === "none" || !dueAt) return <span className="text-slate-400">—</span>;
  const days = daysUntil(new Date(dueAt), now);
  const title = `SLA due ${new Date(dueAt).toLocaleString()}`;
  if (state === "overdue") return <span title={title}><Badge tone="red">{SLA_LABELS.overdue} {Math.max(1, -days)} d</Badge></span>;
  if (state === "due_soon") return <span title={title}><Badge tone="amber">Due in {Math.max(0, days)} d</Badge></span>;
  return <span title={title} className="text-xs text-slate-600">{new Date(dueAt).toLocaleDateString()}</span>;
}
