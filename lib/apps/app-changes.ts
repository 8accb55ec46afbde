// Pure helpers for writing apps: list normalization, change summaries for the audit log, duplicate checks.

/** Trimmed, de-duplicated, first occurrence wins. */
export const uniqueList = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `patch` whose value differs from `current`, as `{ before, after }` for an audit summary.
 * Fields absent from the patch (undefined) are not changes.
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
  return Object.keys(after).length ? { before, after } : null;
}

export type UsageIdentity = { provider: string; modelId: string; purpose: string };

export const usageKey = (u: UsageIdentity) => `${u.provider}/${u.modelId.toLowerCase()}#${u.purpose}`;
export const describeUsage = (u: UsageIdentity) => `${u.provider} ${u.modelId} (${u.purpose})`;

/** The first usage that repeats one before it (same provider, model and purpose), or null. */
export function findDuplicateUsage<U extends UsageIdentity>(usages: readonly U[]): U | null {
  const seen = new Set<string>();
  for (const u of usages) {
    const key = usageKey(u);
    if (seen.has(key)) return u;
    seen.add(key);
  }
  return null;
}

/** The first name that repeats one before it, compared without case, or null. */
export function findDuplicateName(names: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return null;
}
