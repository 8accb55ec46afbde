// The finding lifecycle (pure): which status changes are allowed, and where a finding stands against its SLA.
import { ACTIVE_STATUSES, DUE_SOON_DAYS, MAX_RISK_ACCEPTANCE_DAYS, type FindingStatus, type SlaState } from "./constants";

const DAY_MS = 86_400_000;

// open -> triaged -> in progress -> resolved, with false positive and risk accepted as exits from any active
// state; every closed state can be reopened.
const NEXT: Record<FindingStatus, readonly FindingStatus[]> = {
  OPEN: ["TRIAGED", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"],
  TRIAGED: ["OPEN", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"],
  IN_PROGRESS: ["OPEN", "TRIAGED", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"],
  RESOLVED: ["OPEN"],
  FALSE_POSITIVE: ["OPEN"],
  RISK_ACCEPTED: ["OPEN"],
};

export const allowedTransitions = (from: FindingStatus): readonly FindingStatus[] => NEXT[from];
export const canTransition = (from: FindingStatus, to: FindingStatus) => NEXT[from].includes(to);
export const isActive = (status: FindingStatus) => (ACTIVE_STATUSES as readonly FindingStatus[]).includes(status);

export type RiskAcceptance = { justification: string; until: Date };

/** Why a risk acceptance cannot be recorded, or null when it can. */
export function riskAcceptanceProblem(acceptance: Partial<RiskAcceptance>, now: Date): string | null {
  if (!acceptance.justification?.trim()) return "Accepting a risk needs a justification";
  if (!acceptance.until) return "Accepting a risk needs an expiry date";
  if (acceptance.until.getTime() <= now.getTime()) return "The risk acceptance expiry must be in the future";
  if (acceptance.until.getTime() - now.getTime() > MAX_RISK_ACCEPTANCE_DAYS * DAY_MS) return `A risk may be accepted for at most ${MAX_RISK_ACCEPTANCE_DAYS} days`;
  return null;
}

export function slaStateOf(slaDueAt: Date | null, status: FindingStatus, now: Date): SlaState {
  if (!slaDueAt || !isActive(status)) return "none";
  const left = slaDueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= DUE_SOON_DAYS * DAY_MS ? "due_soon" : "on_track";
}

/** Whole days until due (negative when overdue), for "due in 3 d" / "5 d overdue" labels. */
export const daysUntil = (slaDueAt: Date, now: Date) => Math.floor((slaDueAt.getTime() - now.getTime()) / DAY_MS);
