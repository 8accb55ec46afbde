import type { Prisma } from "@/lib/generated/prisma/client";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `patch` whose value differs from `current`, as `{ before, after }` for an audit summary, or null
 * when nothing changes. Fields absent from the patch (undefined) are not changes.
 */
export function changedFields<T extends Record<string, unknown>>(current: T, patch: Partial<T>) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const next = patch[key];
    if (next === undefined || same(current[key], next)) continue;
    before[key] = current[key];
    after[key] = next;
  }
  // Values come from validated DTO fields (strings, numbers, booleans, arrays, null), so they are JSON.
  return Object.keys(after).length ? { before: before as Prisma.InputJsonObject, after: after as Prisma.InputJsonObject } : null;
}
