import { z } from "zod";

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId }).strict();
export const ZIsoDate = z.iso.datetime({ offset: true });
export const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const ZName = z.string().trim().min(1).max(120);
export const ZLimit = z.coerce.number().int().min(1).max(200).default(50);
export const ZOk = z.object({ ok: z.literal(true) }).strict();

export const ZErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .strict();
