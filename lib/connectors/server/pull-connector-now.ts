import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TPullResult } from "../schemas";
import { runPull } from "./run-pull";

/** POST /connectors/{id}/pull: one pull right away, answered with the ledger of what it stored. */
export const pullConnectorNow = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }): Promise<TPullResult> => {
  const result = await runPull({ orgId: ctx.orgId, integrationId });
  if (result.outcome === "skipped") {
    if (result.reason === "gone") throw notFound("Integration");
    if (result.reason === "not_pullable") throw new AppError("BAD_REQUEST", "Only OpenAI and Anthropic provider integrations can be pulled");
    throw new AppError("CONFLICT", "A pull of this integration is already running");
  }
  const { failureKind, ...pull } = result;
  await db.$transaction((tx) =>
    writeAudit(tx, ctx, {
      action: "connector.pulled", resourceType: "integration", resourceId: integrationId,
      summary: {
        outcome: pull.outcome, ...(failureKind ? { reason: failureKind } : {}),
        files: pull.streams.map((s) => ({ source: s.source, fileId: s.file?.id ?? null, records: s.records, stored: s.file?.stored ?? 0, duplicates: s.file?.duplicates ?? 0 })),
      },
    }),
  );
  return pull;
};
