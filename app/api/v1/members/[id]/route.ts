import { removeMemberEndpoint, updateMemberEndpoint } from "@/lib/members/endpoints";
import { removeMember } from "@/lib/members/server/remove-member";
import { updateMemberRole } from "@/lib/members/server/update-member-role";
import { defineRoute } from "@/lib/server/route";

export const PATCH = defineRoute(updateMemberEndpoint, async ({ ctx, params, body }) => ({
  member: await updateMemberRole({ ctx, membershipId: params.id, role: body.role }),
}));
export const DELETE = defineRoute(removeMemberEndpoint, async ({ ctx, params }) => {
  await removeMember({ ctx, membershipId: params.id });
  return { ok: true as const };
});
