import { getMeEndpoint } from "@/lib/orgs/endpoints";
import { getMe } from "@/lib/orgs/server/get-me";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getMeEndpoint, ({ ctx }) => getMe({ principal: ctx.principal }));
