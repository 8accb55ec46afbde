import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { IntegrationProvider } from "../providers";
import { CONFIG_SCHEMAS, type TUpdateIntegrationRequest } from "../schemas";
import { integrationSelect, toIntegrationDto } from "./integration-dto";

type UpdateIntegrationOptions = { ctx: Ctx; integrationId: string } & TUpdateIntegrationRequest;

/** Renames and/or replaces the config, validated against the integration's provider (kind and provider are fixed). */
export const updateIntegration = async ({ ctx, integrationId, name, config }: UpdateIntegrationOptions) =>
  db.$transaction(async (tx) => {
    const current = await tx.integration.findFirst({ where: { id: integrationId, orgId: ctx.orgId }, select: { name: true, provider: true, config: true } });
    if (!current) throw notFound("Integration");
    const nextConfig = config === undefined ? undefined : { ...parseConfig(current.provider, withoutPull(config)), ...keepPull(current.config) };
    if (name !== undefined && name !== current.name) {
      const taken = await tx.integration.findFirst({ where: { orgId: ctx.orgId, name, id: { not: integrationId } }, select: { id: true } });
      if (taken) throw new AppError("CONFLICT", `An integration named "${name}" already exists`);
    }
    const row = await tx.integration.update({
      where: { id: integrationId, orgId: ctx.orgId },
      data: { ...(name !== undefined ? { name } : {}), ...(nextConfig ? { config: nextConfig as Prisma.InputJsonObject } : {}) },
      select: integrationSelect,
    });
    await writeAudit(tx, ctx, {
      action: "integration.updated", resourceType: "integration", resourceId: integrationId,
      summary: {
        ...(name !== undefined && name !== current.name ? { before: { name: current.name }, after: { name } } : { name: current.name }),
        ...(nextConfig ? { configKeysChanged: changedKeys(current.config, nextConfig) } : {}),
      },
    });
    return toIntegrationDto(row);
  });

// config.pull is the connectors' pull state (lib/connectors): not user-editable, kept across edits.
const withoutPull = ({ pull: _pull, ...rest }: Record<string, unknown>) => rest;
const keepPull = (c: unknown) => (typeof c === "object" && c !== null && "pull" in c ? { pull: (c as { pull: unknown }).pull } : {});

function parseConfig(provider: string, config: Record<string, unknown>) {
  const schema = CONFIG_SCHEMAS[provider as IntegrationProvider];
  if (!schema) throw new AppError("BAD_REQUEST", `The config of a "${provider}" integration cannot be edited here`);
  const result = schema.safeParse(config);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => ({ path: ["config", ...i.path].join("."), message: i.message }));
    throw new AppError("VALIDATION_FAILED", `Invalid config: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`.slice(0, 500), issues);
  }
  return result.data;
}

function changedKeys(before: unknown, after: Record<string, unknown>): string[] {
  const old = typeof before === "object" && before !== null ? (before as Record<string, unknown>) : {};
  const keys = new Set([...Object.keys(old), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(old[k]) !== JSON.stringify(after[k])).sort();
}
