import type { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { changedFields, uniqueList } from "../app-changes";
import type { TAppDetail, ZUpdateAppRequest } from "../schemas";
import { appDetailSelect, toAppDetailDto } from "./app-dto";
import { assertAppNameFree, assertOwnerInOrg } from "./app-references";

type UpdateAppOptions = { ctx: Ctx; appId: string; patch: z.output<typeof ZUpdateAppRequest> };

const editableSelect = {
  name: true, description: true, ownerId: true, businessUnit: true, criticality: true, lifecycle: true, environments: true,
  exposure: true, endUserAuth: true, deployment: true, framework: true, frontend: true, tags: true,
} as const;

export const updateApp = async ({ ctx, appId, patch }: UpdateAppOptions): Promise<TAppDetail> => {
  const { orgId } = ctx;
  return db.$transaction(async (tx) => {
    const current = await tx.llmApp.findFirst({ where: { id: appId, orgId }, select: editableSelect });
    if (!current) throw notFound("App");
    const data = {
      ...patch,
      ...(patch.environments ? { environments: uniqueList(patch.environments) } : {}),
      ...(patch.tags ? { tags: uniqueList(patch.tags) } : {}),
    };
    const changes = changedFields(current, data);
    if (changes) {
      if (data.name !== undefined && data.name !== current.name) await assertAppNameFree(tx, orgId, data.name, appId);
      if (data.ownerId) await assertOwnerInOrg(tx, orgId, data.ownerId);
    }
    const app = changes
      ? await tx.llmApp.update({ where: { id: appId, orgId }, data, select: appDetailSelect(orgId) })
      : await tx.llmApp.findFirstOrThrow({ where: { id: appId, orgId }, select: appDetailSelect(orgId) });
    if (changes) {
      await writeAudit(tx, ctx, {
        action: "app.updated", resourceType: "llm_app", resourceId: appId,
        summary: { name: current.name, ...changes },
      });
    }
    return toAppDetailDto(app);
  });
};
