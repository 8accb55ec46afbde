// Time windows of the events explorer and the usage charts. Pure.

export const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 7;
export const RANGE_PRESETS = ["24h", "7d", "30d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const PRESET_MS: Record<RangePreset, number> = { "24h": DAY_MS, "7d": 7 * DAY_MS, "30d": 30 * DAY_MS };
export const PRESET_LABELS: Record<RangePreset, string> = { "24h": "Last 24 hours", "7d": "Last 7 days", "30d": "Last 30 days" };

/** from/to as given, else the last `defaultDays` before `to` (or now). */
export function resolveRange({ from, to }: { from?: string; to?: string }, now = Date.now(), defaultDays = DEFAULT_RANGE_DAYS): { from: Date; to: Date } {
  const end = to ? new Date(to) : new Date(now);
  const start = from ? new Date(from) : new Date(end.getTime() - defaultDays * DAY_MS);
  return { from: start, to: end };
}

/** A preset as an absolute window ending at `now`. */
export const presetRange = (preset: RangePreset, now: number) => ({ from: new Date(now - PRESET_MS[preset]).toISOString(), to: new Date(now).toISOString() });

export const isPreset = (v: string | undefined): v is RangePreset => (RANGE_PRESETS as readonly string[]).includes(v ?? "");
