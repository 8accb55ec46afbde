// The "correlation-run" job: the org to correlate, nothing else. The lead wires this into lib/queue/contracts.ts.
import { z } from "zod";

export const ZCorrelationRunPayload = z.object({ orgId: z.uuid() }).strict();
export type CorrelationRunPayload = z.infer<typeof ZCorrelationRunPayload>;

/** Every 15 minutes of wall time gets one job per org, however often the sweep enqueues it. */
export const CORRELATION_INTERVAL_MS = 900_000;
export const correlationRunJobId = (p: { orgId: string }, at: number = Date.now()) => `correlation-run_${p.orgId}_${Math.floor(at / CORRELATION_INTERVAL_MS)}`;
