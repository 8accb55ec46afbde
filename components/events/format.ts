// Display formats of the events and usage pages.

const INTEGER = new Intl.NumberFormat("en-US");
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export const formatTime = (iso: string) => new Date(iso).toLocaleString();
export const formatCount = (n: number | null) => (n === null ? "—" : INTEGER.format(n));
export const formatCompact = (n: number) => COMPACT.format(n);

/** Sub-cent amounts keep four decimals: single calls often cost fractions of a cent. */
export function formatUsd(n: number | null): string {
  if (n === null) return "—";
  if (n !== 0 && Math.abs(n) < 0.01) return `$${n.toFixed(4)}`;
  return USD.format(n);
}

/** An ISO instant as the value of an <input type="datetime-local"> (local time, minutes). */
export function toLocalInput(iso: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const fromLocalInput = (local: string) => (local ? new Date(local).toISOString() : "");
