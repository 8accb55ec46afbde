import { db } from "@/lib/server/db";

/** Names of the org's apps among `ids` (events carry only the app id). */
export async function appNamesOf(orgId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const apps = await db.llmApp.findMany({ where: { orgId, id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(apps.map((a) => [a.id, a.name]));
}
