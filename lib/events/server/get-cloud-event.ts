import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { cloudEventDetailSelect, toCloudEventDetailDto } from "./cloud-event-dto";

export const getCloudEvent = async ({ ctx, eventId }: { ctx: Ctx; eventId: string }) => {
  const row = await db.cloudEvent.findFirst({ where: { id: eventId, orgId: ctx.orgId }, select: cloudEventDetailSelect });
  if (!row) throw notFound("Cloud event");
  return toCloudEventDetailDto(row);
};
