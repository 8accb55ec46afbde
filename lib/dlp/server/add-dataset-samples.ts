import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TAddSamplesRequest } from "../scan-schemas";

const MAX_SAMPLES_PER_DATASET = 10_000;

/** Stores text records of a dataset for DLP classification. Their content is never returned by the API. */
export const addDatasetSamples = async ({ ctx, datasetId, samples }: { ctx: Ctx; datasetId: string } & TAddSamplesRequest) =>
  db.$transaction(async (tx) => {
    const dataset = await tx.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: { id: true, name: true } });
    if (!dataset) throw notFound("Dataset");
    const existing = await tx.datasetSample.count({ where: { orgId: ctx.orgId, datasetId } });
    if (existing + samples.length > MAX_SAMPLES_PER_DATASET) throw new AppError("CONFLICT", `A dataset holds at most ${MAX_SAMPLES_PER_DATASET} samples (it has ${existing})`);
    const { count } = await tx.datasetSample.createMany({ data: samples.map((s) => ({ orgId: ctx.orgId, datasetId, label: s.label, content: s.content })) });
    await writeAudit(tx, ctx, { action: "dataset.samples_added", resourceType: "dataset", resourceId: datasetId, summary: { dataset: dataset.name, added: count } });
    return { added: count };
  });
