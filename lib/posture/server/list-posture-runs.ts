import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { z } from "zod";
import type { ZPostureRuns } from "../schemas";

const RUNS_SHOWN = 20;

export async function listPostureRuns(ctx: Ctx): Promise<z.infer<typeof ZPostureRuns>> {
  const runs = await db.postureRun.findMany({ where: { orgId: ctx.orgId }, orderBy: { startedAt: "desc" }, take: RUNS_SHOWN });
  return { runs: runs.map(({ orgId: _, startedAt, ...r }) => ({ ...r, startedAt: startedAt.toISOString() })) };
}
