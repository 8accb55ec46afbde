import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TUpdateDatasetRequest } from "../schemas";
import { changedFields } from "@/lib/audit/changed-fields";
import { datasetSelect, toDatasetDto } from "./dataset-dto";
import { assertDatasetNameFree, findSourceInOrg } from "./org-refs";

type UpdateDatasetOptions = { ctx: Ctx; datasetId: string; changes: TUpdateDatasetRequest };

export const updateDataset = async ({ ctx, datasetId, changes }: UpdateDatasetOptions) =>
  db.$transaction(async (tx) => {
    const row = await tx.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: datasetSelect });
    if (!row) throw notFound("Dataset");
    if (changes.sourceId) await findSourceInOrg(tx, ctx.orgId, changes.sourceId);
    if (changes.name !== undefined) await assertDatasetNameFree(tx, ctx.orgId, changes.name, datasetId);
    const current = toDatasetDto(row);
    const categories = changes.categories ? [...new Set(changes.categories)] : undefined;
    const diff = changedFields(
      {
        name: current.name, sourceId: current.source?.id ?? null, locationUri: current.locationUri, storeType: current.storeType,
        owner: current.owner, classification: current.classification, categories: current.categories,
        approxSizeBytes: current.approxSizeBytes, retentionDays: current.retentionDays,
      },
      { ...changes, categories },
    );
    const { approxSizeBytes } = changes;
    const updated = await tx.dataset.update({
      where: { id: datasetId, orgId: ctx.orgId },
      data: {
        name: changes.name, sourceId: changes.sourceId, locationUri: changes.locationUri, storeType: changes.storeType,
        owner: changes.owner, classification: changes.classification, categories, retentionDays: changes.retentionDays,
        approxSizeBytes: approxSizeBytes === undefined || approxSizeBytes === null ? approxSizeBytes : BigInt(approxSizeBytes),
      },
      select: datasetSelect,
    });
    if (diff) {
      await writeAudit(tx, ctx, {
        action: "dataset.updated", resourceType: "dataset", resourceId: datasetId,
        summary: { name: updated.name, before: diff.before, after: diff.after },
      });
    }
    return toDatasetDto(updated);
  });
