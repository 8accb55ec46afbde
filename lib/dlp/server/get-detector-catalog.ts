import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { detectorCatalog, validatorCatalog } from "../catalog";

export const getDetectorCatalog = async ({ ctx }: { ctx: Ctx }) => ({
  detectors: detectorCatalog(await db.dlpCustomRule.count({ where: { orgId: ctx.orgId, enabled: true } })),
  validators: validatorCatalog(),
});
