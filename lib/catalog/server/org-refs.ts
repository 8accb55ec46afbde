// Ids that arrive in a request body name rows of the caller's organization or nothing: another
// org's id answers exactly like an unknown one.
import type { DbTx } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";

export async function findIntegrationInOrg(tx: DbTx, orgId: string, integrationId: string) {
  const row = await tx.integration.findFirst({ where: { id: integrationId, orgId }, select: { id: true, name: true } });
  if (!row) throw notFound("Integration");
  return row;
}

export async function findSourceInOrg(tx: DbTx, orgId: string, sourceId: string) {
  const row = await tx.dataSource.findFirst({ where: { id: sourceId, orgId }, select: { id: true, name: true } });
  if (!row) throw notFound("Data source");
  return row;
}

export async function findAppInOrg(tx: DbTx, orgId: string, appId: string) {
  const row = await tx.llmApp.findFirst({ where: { id: appId, orgId }, select: { id: true, name: true, exposure: true } });
  if (!row) throw notFound("App");
  return row;
}

/** Names are unique per org; compared case-insensitively so "Payroll" and "payroll" do not both exist. */
export async function assertDataSourceNameFree(tx: DbTx, orgId: string, name: string, exceptId?: string) {
  const clash = await tx.dataSource.findFirst({
    where: { orgId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", `A data source named "${name}" already exists`);
}

export async function assertDatasetNameFree(tx: DbTx, orgId: string, name: string, exceptId?: string) {
  const clash = await tx.dataset.findFirst({
    where: { orgId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", `A dataset named "${name}" already exists`);
}
