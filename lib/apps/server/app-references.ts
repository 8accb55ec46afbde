// Checks that ids named in a request body belong to the caller's organization (never trust input).
import type { DbTx } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";

const present = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

/** The owner must be a member of the org; another org's user answers like an unknown id. */
export async function assertOwnerInOrg(tx: DbTx, orgId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const membership = await tx.membership.findFirst({ where: { orgId, userId: ownerId }, select: { id: true } });
  if (!membership) throw notFound("Owner");
}

/** Credentials must be LLM provider integrations of the org. */
export async function assertCredentialsInOrg(tx: DbTx, orgId: string, credentialIds: readonly (string | null | undefined)[]) {
  const ids = present(credentialIds);
  if (!ids.length) return;
  const rows = await tx.integration.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, kind: true } });
  if (rows.length !== ids.length) throw notFound("Credential");
  if (rows.some((r) => r.kind !== "LLM_PROVIDER")) throw new AppError("VALIDATION_FAILED", "A model usage's credential must be an LLM provider integration");
}

export async function assertDatasetsInOrg(tx: DbTx, orgId: string, datasetIds: readonly (string | null | undefined)[]) {
  const ids = present(datasetIds);
  if (!ids.length) return;
  const count = await tx.dataset.count({ where: { orgId, id: { in: ids } } });
  if (count !== ids.length) throw notFound("Dataset");
}

/** App names are unique per org without regard to case ("Support Bot" and "support bot" are one app). */
export async function assertAppNameFree(tx: DbTx, orgId: string, name: string, exceptAppId?: string) {
  const clash = await tx.llmApp.findFirst({
    where: { orgId, name: { equals: name, mode: "insensitive" }, ...(exceptAppId ? { id: { not: exceptAppId } } : {}) },
    select: { name: true },
  });
  if (clash) throw new AppError("CONFLICT", `An app named "${clash.name}" already exists`);
}

/** Finds the app in the org (404 otherwise) and bumps its updatedAt, since its parts are changing. */
export async function touchApp(tx: DbTx, orgId: string, appId: string) {
  const app = await tx.llmApp.findFirst({ where: { id: appId, orgId }, select: { id: true, name: true } });
  if (!app) throw notFound("App");
  await tx.llmApp.update({ where: { id: appId, orgId }, data: { updatedAt: new Date() }, select: { id: true } });
  return app;
}
