import { z } from "zod";
import { ZId } from "@/lib/api/common";
import { ROLES, SCOPES } from "@/lib/auth/scopes";

export const ZOrgMembership = z.object({ id: ZId, slug: z.string(), name: z.string(), role: z.enum(ROLES) }).strict();

export const ZMeResponse = z
  .object({
    user: z.object({ id: ZId, email: z.string(), name: z.string().nullable() }).strict(),
    activeOrg: ZOrgMembership.nullable(),
    orgs: z.array(ZOrgMembership),
    scopes: z.array(z.enum(SCOPES)),
  })
  .strict();
export type TMeResponse = z.infer<typeof ZMeResponse>;

export const ZSwitchOrgRequest = z.object({ orgId: ZId }).strict();
