import type { TRotationStatus } from "./schemas";

export const DEFAULT_ROTATION_DAYS = 90;
/** A secret is "due" this many days before its rotation date. */
export const DUE_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

export const nextRotationDue = (lastRotatedAt: Date, rotationDays: number) => new Date(lastRotatedAt.getTime() + rotationDays * DAY_MS);

export function rotationStatus(nextDueAt: Date, now: number = Date.now()): TRotationStatus {
  const left = nextDueAt.getTime() - now;
  if (left < 0) return "overdue";
  return left <= DUE_WINDOW_DAYS * DAY_MS ? "due" : "ok";
}

const STATUS_ORDER: Record<TRotationStatus, number> = { overdue: 0, due: 1, ok: 2 };

/** Overdue first, then due, then ok; the soonest deadline first within each. */
export const byRotationUrgency = <T extends { rotationStatus: TRotationStatus; nextDueAt: string }>(a: T, b: T) =>
  STATUS_ORDER[a.rotationStatus] - STATUS_ORDER[b.rotationStatus] || a.nextDueAt.localeCompare(b.nextDueAt);
