import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const ZChangePasswordRequest = z
  .object({
    currentPassword: z.string().max(256).optional(),
    newPassword: z.string().min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`),
  })
  .strict();
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZChangePasswordResponse = z.object({ ok: z.literal(true), otherSessionsEnded: z.number().int() }).strict();
