import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import { parseImport } from "../parse";
import type { ImportVia, TImportResult } from "../schemas";
import { ImportFormatError, type ImportResult } from "../types";
import { auditImport, createdByOf, type ImportCtx } from "./import-actor";
import { importRunSelect, toImportRunDto } from "./import-run-dto";
import { resolveMissingFindings } from "./resolve-missing-findings";
import { upsertImportFindings } from "./upsert-import-findings";

// Up to 100,000 drafts go through in one transaction: give it more than Prisma's 5 s default.
const TX_OPTIONS = { timeout: 300_000, maxWait: 30_000 } as const;

/**
 * Imports one SARIF or CycloneDX file into findings of an app, in one transaction: the run, its findings and
 * occurrences, status moves and resolutions, and the audit event. Imports of the same app run one after the other.
 */
export const importFindings = async ({ ctx, appId, fileName, bytes, via }: { ctx: ImportCtx; appId: string; fileName: string; bytes: Uint8Array; via: ImportVia }): Promise<TImportResult> => {
  const parsed = parse(bytes);
  const importId = randomUUID();
  const scope = { orgId: ctx.orgId, appId, importId, fileName };
  const source = parsed.format === "sarif" ? "SAST" : "SCA";
  const complete = parsed.detectors.filter((t) => !parsed.incompleteTools.includes(t));
  const duplicates = parsed.skipped.find((s) => s.reason === "duplicate")?.count ?? 0;

  return db.$transaction(async (tx) => {
    if (!(await tx.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: { id: true } }))) throw notFound("App");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${appId}`}, 0))`;
    const counts = await upsertImportFindings(tx, scope, parsed.drafts);
    const resolved = await resolveMissingFindings(tx, scope, source, complete);
    const run = await tx.importRun.create({
      data: {
        id: importId, orgId: ctx.orgId, appId, createdById: createdByOf(ctx), via, fileName, sha256: createHash("sha256").update(bytes).digest("hex"),
        format: parsed.format, specVersion: parsed.specVersion.slice(0, 20), tools: parsed.tools, results: parsed.results,
        created: counts.created, updated: counts.updated, duplicates, resolved, skipped: parsed.skipped,
      },
      select: importRunSelect,
    });
    await auditImport(tx, ctx, {
      action: "import.created", resourceType: "import_run", resourceId: importId,
      summary: { appId, fileName, format: parsed.format, tools: parsed.tools, results: parsed.results, ...counts, duplicates, resolved, via },
    });
    return { ...toImportRunDto(run), reopened: counts.reopened, warnings: parsed.warnings };
  }, TX_OPTIONS);
};

function parse(bytes: Uint8Array): ImportResult {
  try {
    return parseImport(bytes);
  } catch (error) {
    if (error instanceof ImportFormatError) throw new AppError("VALIDATION_FAILED", error.message, { code: error.code });
    throw error;
  }
}
