import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { touchApp } from "./app-references";

export const removeDataStore = async ({ ctx, appId, storeId }: { ctx: Ctx; appId: string; storeId: string }) =>
  db.$transaction(async (tx) => {
    const app = await touchApp(tx, ctx.orgId, appId);
    const store = await tx.appDataStore.findFirst({ where: { id: storeId, appId, orgId: ctx.orgId }, select: { kind: true, name: true, datasetId: true } });
    if (!store) throw notFound("Data store");
    await tx.appDataStore.delete({ where: { id: storeId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "app.data_store_removed", resourceType: "llm_app", resourceId: appId,
      summary: { name: app.name, storeId, kind: store.kind, storeName: store.name, datasetId: store.datasetId },
    });
  });
