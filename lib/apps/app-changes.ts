// Pure helpers for writing apps: list normalization, change summaries for the audit log, duplicate checks.

/** Trimmed, de-duplicated, first occurrence wins. */
export const uniqueList = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export { changedFields } from "@/lib/audit/changed-fields";

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
