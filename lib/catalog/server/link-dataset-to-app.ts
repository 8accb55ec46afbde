import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateDatasetLinkRequest } from "../schemas";
import { datasetLinkSelect, toDatasetLinkDto } from "./dataset-dto";
import { findAppInOrg } from "./org-refs";

type LinkDatasetOptions = { ctx: Ctx; datasetId: string } & TCreateDatasetLinkRequest;

export const linkDatasetToApp = async ({ ctx, datasetId, appId, access }: LinkDatasetOptions) =>
  db.$transaction(async (tx) => {
    const dataset = await tx.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: { name: true, classification: true } });
    if (!dataset) throw notFound("Dataset");
    const app = await findAppInOrg(tx, ctx.orgId, appId);
    const existing = await tx.datasetAppLink.findFirst({ where: { orgId: ctx.orgId, datasetId, appId, access }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${app.name} is already linked to this dataset for that access`);
    const link = await tx.datasetAppLink.create({ data: { orgId: ctx.orgId, datasetId, appId, access }, select: datasetLinkSelect });
    await writeAudit(tx, ctx, {
      action: "dataset.linked", resourceType: "dataset", resourceId: datasetId,
      summary: { dataset: dataset.name, classification: dataset.classification, app: app.name, appId, access, linkId: link.id },
    });
    return toDatasetLinkDto(link);
  });
