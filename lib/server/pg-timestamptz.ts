// Postgres's text form of a timestamptz, parsed for the hot reads (lib/server/pg-pool.ts). pg's own parser runs
// several regular expressions per value: about 6% of the server's CPU in bench:findings (three timestamps a row, 51
// rows a page), 450-500 ns a value against 110-140 here.
import pg from "pg";

const pgParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, "text") as (text: string) => Date | number | null;

/** The two-digit number at i, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * "YYYY-MM-DD HH:MM:SS[.f…]±HH[:MM[:SS]]" exactly as pg's parser reads it (milliseconds truncated); anything else
 * (years before 1000 or past 9999, BC, infinity) goes to pg's parser.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const n = text.length;
  if (n < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return pgParser(text);
  }
  const century = two(text, 0);
  const yy = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (century < 10 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return pgParser(text);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    for (let scale = 100; i < n; i++, scale /= 10) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (scale >= 1) ms += d * scale;
    }
  }
  const sign = text.charCodeAt(i) === 43 ? 1 : text.charCodeAt(i) === 45 ? -1 : 0;
  const parts = [two(text, i + 1), 0, 0];
  let end = i + 3;
  for (let k = 1; k < 3 && end < n && text.charCodeAt(end) === 58; k++, end += 3) parts[k] = two(text, end + 1);
  if (sign === 0 || end !== n || parts.some((p) => p < 0)) return pgParser(text);
  const offsetMs = sign * (parts[0]! * 3600 + parts[1]! * 60 + parts[2]!) * 1000;
  return new Date(Date.UTC(century * 100 + yy, month - 1, day, hour, minute, second, ms) - offsetMs);
}

/** pg's type parsers with this one for timestamptz (a query's `types`). */
export const hotReadTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMPTZ && format !== "binary" ? parseTimestamptz : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};
