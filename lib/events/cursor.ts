// Opaque keyset cursor over (time desc, id desc): base64url of "<ISO time>|<uuid>". Pure.
import { fromBase64Url, toBase64Url } from "@/lib/api/base64url";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type EventCursor = { time: Date; id: string };

export const encodeCursor = ({ time, id }: EventCursor): string => toBase64Url(`${time.toISOString()}|${id}`);

/** The cursor's position, or null when it is not one of ours (the API answers 400). */
export function decodeCursor(cursor: string): EventCursor | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [iso, id, ...rest] = fromBase64Url(cursor).split("|");
  if (rest.length || !iso || !id || !UUID.test(id) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(iso)) return null;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? null : { time, id: id.toLowerCase() };
}

/** Rows strictly after the cursor in (time desc, id desc) order. */
export const afterCursor = (c: EventCursor) => ({ OR: [{ time: { lt: c.time } }, { time: c.time, id: { lt: c.id } }] });

/** Takes `limit + 1` rows and returns the page and the cursor of its last row when there is more. */
export function pageOf<T extends { time: Date; id: string }>(rows: readonly T[], limit: number): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
