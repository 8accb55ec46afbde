import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateDatasetRequest } from "../schemas";
import { datasetSelect, toDatasetDto } from "./dataset-dto";
import { assertDatasetNameFree, findSourceInOrg } from "./org-refs";

type CreateDatasetOptions = { ctx: Ctx } & TCreateDatasetRequest;

export const createDataset = async ({ ctx, sourceId, categories, approxSizeBytes, ...fields }: CreateDatasetOptions) =>
  db.$transaction(async (tx) => {
    const source = sourceId ? await findSourceInOrg(tx, ctx.orgId, sourceId) : null;
    await assertDatasetNameFree(tx, ctx.orgId, fields.name);
    const created = await tx.dataset.create({
      data: {
        orgId: ctx.orgId, sourceId: source?.id ?? null, name: fields.name, classification: fields.classification,
        locationUri: fields.locationUri ?? "", storeType: fields.storeType ?? null, owner: fields.owner ?? "",
        categories: [...new Set(categories ?? [])],
        approxSizeBytes: approxSizeBytes === null || approxSizeBytes === undefined ? null : BigInt(approxSizeBytes),
        retentionDays: fields.retentionDays ?? null,
      },
      select: datasetSelect,
    });
    await writeAudit(tx, ctx, {
      action: "dataset.created", resourceType: "dataset", resourceId: created.id,
      summary: { name: created.name, classification: created.classification, categories: created.categories, source: source?.name ?? null },
    });
    return toDatasetDto(created);
  });
