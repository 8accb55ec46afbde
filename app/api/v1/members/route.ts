import { addMemberEndpoint, listMembersEndpoint } from "@/lib/members/endpoints";
import { addMember } from "@/lib/members/server/add-member";
import { listMembers } from "@/lib/members/server/list-members";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listMembersEndpoint, async ({ ctx }) => ({ members: await listMembers({ ctx }) }));
export const POST = defineRoute(addMemberEndpoint, ({ ctx, body }) => addMember({ ctx, ...body }));
