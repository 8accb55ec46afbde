import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCloudEventDetail, TCloudEventRow } from "../schemas";

export const cloudEventRowSelect = {
  id: true, time: true, source: true, provider: true, account: true, principal: true, service: true, action: true,
  resource: true, outcome: true, region: true, model: true, sourceIp: true,
} as const satisfies Prisma.CloudEventSelect;

export const cloudEventDetailSelect = { ...cloudEventRowSelect, fileId: true, userAgent: true, raw: true, createdAt: true } as const satisfies Prisma.CloudEventSelect;

type RowOf<S extends Prisma.CloudEventSelect> = Prisma.CloudEventGetPayload<{ select: S }>;

export const toCloudEventRowDto = (r: RowOf<typeof cloudEventRowSelect>): TCloudEventRow => ({ ...r, time: r.time.toISOString() });

export const toCloudEventDetailDto = (r: RowOf<typeof cloudEventDetailSelect>): TCloudEventDetail => ({
  ...r, time: r.time.toISOString(), createdAt: r.createdAt.toISOString(),
});
