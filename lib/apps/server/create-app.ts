import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { describeUsage, findDuplicateName, findDuplicateUsage, uniqueList } from "../app-changes";
import type { TAppDetail, TCreateAppData } from "../schemas";
import { appDetailSelect, toAppDetailDto } from "./app-dto";
import { assertAppNameFree, assertCredentialsInOrg, assertDatasetsInOrg, assertOwnerInOrg } from "./app-references";

type CreateAppOptions = { ctx: Ctx } & TCreateAppData;

/** Registers an app, optionally with its model usages and data stores in the same step. */
export const createApp = async ({ ctx, modelUsages, dataStores, ...fields }: CreateAppOptions): Promise<TAppDetail> => {
  const repeated = findDuplicateUsage(modelUsages);
  if (repeated) throw new AppError("VALIDATION_FAILED", `Model usage listed twice: ${describeUsage(repeated)}`);
  const repeatedStore = findDuplicateName(dataStores.map((s) => s.name));
  if (repeatedStore) throw new AppError("VALIDATION_FAILED", `Data store listed twice: ${repeatedStore}`);
  const { orgId } = ctx;

  return db.$transaction(async (tx) => {
    await assertAppNameFree(tx, orgId, fields.name);
    await assertOwnerInOrg(tx, orgId, fields.ownerId);
    await assertCredentialsInOrg(tx, orgId, modelUsages.map((u) => u.credentialId));
    await assertDatasetsInOrg(tx, orgId, dataStores.map((s) => s.datasetId));
    const app = await tx.llmApp.create({
      data: {
        ...fields,
        orgId,
        ownerId: fields.ownerId ?? null,
        environments: uniqueList(fields.environments),
        tags: uniqueList(fields.tags),
        modelUsages: { create: modelUsages.map((u) => ({ ...u, orgId, credentialId: u.credentialId ?? null })) },
        dataStores: { create: dataStores.map((s) => ({ ...s, orgId, datasetId: s.datasetId ?? null })) },
      },
      select: appDetailSelect(orgId),
    });
    await writeAudit(tx, ctx, {
      action: "app.created", resourceType: "llm_app", resourceId: app.id,
      summary: {
        name: app.name, lifecycle: app.lifecycle, criticality: app.criticality, exposure: app.exposure, ownerId: app.owner?.id ?? null,
        modelUsages: app.modelUsages.map((u) => ({ provider: u.provider, modelId: u.modelId, purpose: u.purpose, credentialId: u.credential?.id ?? null })),
        dataStores: app.dataStores.map((s) => ({ kind: s.kind, name: s.name, datasetId: s.dataset?.id ?? null })),
      },
    });
    return toAppDetailDto(app);
  });
};
