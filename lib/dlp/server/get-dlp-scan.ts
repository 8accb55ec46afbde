import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { scanRunSelect, toScanRunDto } from "./scan-run-dto";

export const getDlpScan = async ({ ctx, id }: { ctx: Ctx; id: string }) => {
  const run = await db.dlpScan.findFirst({ where: { id, orgId: ctx.orgId }, select: scanRunSelect });
  if (!run) throw notFound("Scan");
  return toScanRunDto(run);
};
