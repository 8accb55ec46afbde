// The CLI names apps, not ids: find the org's app by name, or register it when asked (audited as the system).
import { writeSystemAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";

export type ImportApp = { id: string; name: string; created: boolean };

export const findImportApp = async ({ orgId, name, create, system }: { orgId: string; name: string; create: boolean; system: string }): Promise<ImportApp | null> => {
  const existing = await db.llmApp.findFirst({ where: { orgId, name }, select: { id: true, name: true } });
  if (existing) return { ...existing, created: false };
  if (!create) return null;
  return db.$transaction(async (tx) => {
    const app = await tx.llmApp.create({ data: { orgId, name, environments: [], tags: [] }, select: { id: true, name: true } });
    await writeSystemAudit(tx, orgId, system, { action: "app.created", resourceType: "llm_app", resourceId: app.id, summary: { name, via: "import CLI" } });
    return { ...app, created: true };
  });
};
