import { z } from "zod";
import { ZIsoDate } from "@/lib/api/common";

export const ZCheck = z.object({ ok: z.boolean(), latencyMs: z.number().nullable(), error: z.string().nullable() }).strict();

export const ZHealth = z
  .object({
    status: z.enum(["ok", "down"]),
    checks: z.object({ database: ZCheck, redis: ZCheck, worker: ZCheck.extend({ workers: z.number().int() }).strict() }).strict(),
    time: ZIsoDate,
  })
  .strict();
export type THealth = z.infer<typeof ZHealth>;

export const ZWorkerBeat = z.object({ id: z.string(), pid: z.number(), startedAt: ZIsoDate, at: ZIsoDate, queues: z.array(z.string()) }).strict();

export const ZQueueStatus = z
  .object({
    name: z.string(),
    counts: z.object({ waiting: z.number(), active: z.number(), delayed: z.number(), failed: z.number(), completed: z.number() }).strict(),
    recentFailures: z.array(
      z.object({ id: z.string(), name: z.string(), reason: z.string(), attempts: z.number(), failedAt: ZIsoDate.nullable() }).strict(),
    ),
  })
  .strict();

export const ZSystemStatus = z
  .object({ health: ZHealth, workers: z.array(ZWorkerBeat), queues: z.array(ZQueueStatus) })
  .strict();
export type TSystemStatus = z.infer<typeof ZSystemStatus>;
