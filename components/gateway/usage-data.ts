// Pure shaping and formatting for the gateway page: chart rows, limit fields and API validation messages.
import type { TGatewayUsage } from "@/lib/gateway/schemas";

export const USAGE_WINDOWS = [1, 7, 30, 90] as const;
export type UsageWindow = (typeof USAGE_WINDOWS)[number];

export const windowOf = (value: string | undefined): UsageWindow =>
  USAGE_WINDOWS.find((w) => String(w) === value) ?? 7;

export type DayRow = { day: string; requests: number; served: number; blocked: number; limited: number; costUsd: number };

const DAY_MS = 86_400_000;

/**
 * One row per UTC day of the window, zeros where the gateway saw no call (the API lists only days with calls).
 * "Served" is what was neither blocked by a guardrail nor refused by a limit, so the stack adds up to the requests.
 */
export function dayRows(usage: Pick<TGatewayUsage, "from" | "to" | "byDay">): DayRow[] {
  const byDay = new Map(usage.byDay.map((d) => [d.day, d]));
  const rows: DayRow[] = [];
  const last = Date.parse(`${usage.to.slice(0, 10)}T00:00:00Z`);
  for (let t = Date.parse(`${usage.from.slice(0, 10)}T00:00:00Z`); t <= last && rows.length < 400; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const d = byDay.get(day);
    const requests = d?.requests ?? 0;
    const blocked = d?.blocked ?? 0;
    const limited = d?.limited ?? 0;
    rows.push({ day, requests, served: Math.max(0, requests - blocked - limited), blocked, limited, costUsd: d?.costUsd ?? 0 });
  }
  return rows;
}

/** A limit field: blank is "no limit" (null); anything else is sent as typed, for the API to validate. */
export function limitValue(text: FormDataEntryValue | null): number | null {
  const s = String(text ?? "").trim();
  return s === "" ? null : Number(s);
}

export const limitText = (value: number | null) => (value === null ? "" : String(value));


/** "1.2k rpm · 40k tpm" style summary of a key's or an app's limits; "None" when there are none. */
export function limitsSummary(l: { rpmLimit: number | null; tpmLimit: number | null; dailyBudgetUsd: number | null; monthlyBudgetUsd: number | null }): string[] {
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
  const usd = (n: number) => `$${n.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
  return [
    l.rpmLimit === null ? null : `${compact.format(l.rpmLimit)} req/min`,
    l.tpmLimit === null ? null : `${compact.format(l.tpmLimit)} tokens/min`,
    l.dailyBudgetUsd === null ? null : `${usd(l.dailyBudgetUsd)}/day`,
    l.monthlyBudgetUsd === null ? null : `${usd(l.monthlyBudgetUsd)}/month`,
  ].filter((s): s is string => s !== null);
}

const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const SMALL_USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 2 });

/** Dollars with cents, and two significant digits below a cent: gateway calls often cost a few millionths. */
export const formatCost = (n: number) => (n !== 0 && Math.abs(n) < 0.01 ? SMALL_USD.format(n) : USD.format(n));

export const sharePercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
