import { z } from "zod";
import { ZEmail, ZId, ZIsoDate, ZName } from "@/lib/api/common";
import { ROLES } from "@/lib/auth/scopes";

export const ZRole = z.enum(ROLES);

export const ZMember = z
  .object({
    id: ZId,
    userId: ZId,
    email: z.string(),
    name: z.string().nullable(),
    role: ZRole,
    sso: z.boolean(),
    createdAt: ZIsoDate,
  })
  .strict();
export type TMember = z.infer<typeof ZMember>;

export const ZListMembersResponse = z.object({ members: z.array(ZMember) }).strict();

export const ZAddMemberRequest = z.object({ email: ZEmail, role: ZRole, name: ZName.optional() }).strict();
export type TAddMemberRequest = z.infer<typeof ZAddMemberRequest>;

export const ZAddMemberResponse = z
  .object({
    member: ZMember,
    /** Set only when a new account was created: shown once, never stored in clear. */
    temporaryPassword: z.string().nullable(),
  })
  .strict();
export type TAddMemberResponse = z.infer<typeof ZAddMemberResponse>;

export const ZUpdateMemberRequest = z.object({ role: ZRole }).strict();
export const ZMemberResponse = z.object({ member: ZMember }).strict();
