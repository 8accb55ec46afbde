const UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB"] as const;

/** Human-readable size in binary steps (1 KB = 1024 B), e.g. 1536 → "1.5 KB"; null → "Unknown". */
export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return "Unknown";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${UNITS[unit]}`;
}

/** "90 days", "1 year", "Not set" for a retention period in days. */
export function formatRetention(days: number | null): string {
  if (days === null) return "Not set";
  if (days % 365 === 0) return days === 365 ? "1 year" : `${days / 365} years`;
  return days === 1 ? "1 day" : `${days} days`;
}

const UNIT_POWERS: Record<string, number> = { B: 0, K: 1, KB: 1, KIB: 1, M: 2, MB: 2, MIB: 2, G: 3, GB: 3, GIB: 3, T: 4, TB: 4, TIB: 4, P: 5, PB: 5, PIB: 5 };

/**
 * Parses what a person types as a size ("5 GB", "1.5tb", "2048") into bytes (binary units, like
 * formatBytes). Empty → null; anything unreadable → undefined.
 */
export function parseBytes(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(trimmed);
  if (!match) return undefined;
  const power = UNIT_POWERS[(match[2] || "B").toUpperCase()];
  if (power === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * 1024 ** power);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}
