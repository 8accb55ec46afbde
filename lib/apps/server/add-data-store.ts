import type { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TAppDataStore, ZDataStoreInput } from "../schemas";
import { dataStoreSelect, toDataStoreDto } from "./app-dto";
import { assertDatasetsInOrg, touchApp } from "./app-references";

type AddDataStoreOptions = { ctx: Ctx; appId: string; store: z.output<typeof ZDataStoreInput> };

export const addDataStore = async ({ ctx, appId, store }: AddDataStoreOptions): Promise<TAppDataStore> => {
  const { orgId } = ctx;
  return db.$transaction(async (tx) => {
    const app = await touchApp(tx, orgId, appId);
    const clash = await tx.appDataStore.findFirst({ where: { orgId, appId, name: { equals: store.name, mode: "insensitive" } }, select: { id: true } });
    if (clash) throw new AppError("CONFLICT", `${app.name} already has a data store named "${store.name}"`);
    await assertDatasetsInOrg(tx, orgId, [store.datasetId]);
    const created = await tx.appDataStore.create({
      data: { ...store, orgId, appId, datasetId: store.datasetId ?? null },
      select: dataStoreSelect,
    });
    await writeAudit(tx, ctx, {
      action: "app.data_store_added", resourceType: "llm_app", resourceId: appId,
      summary: { name: app.name, storeId: created.id, kind: created.kind, storeName: created.name, datasetId: created.dataset?.id ?? null },
    });
    return toDataStoreDto(created);
  });
};
