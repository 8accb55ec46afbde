type Plain = string | number | boolean | null | readonly string[];

/** The fields whose value differs, as an audit `{before, after}` pair (both empty when nothing changed). */
export function changedFields<T extends Record<string, Plain>>(before: T, after: Partial<T>) {
  const b: Record<string, Plain> = {};
  const a: Record<string, Plain> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const next = after[key];
    if (next === undefined) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(next)) continue;
    b[key] = before[key] ?? null;
    a[key] = next;
  }
  return { before: b, after: a, changed: Object.keys(a) };
}
