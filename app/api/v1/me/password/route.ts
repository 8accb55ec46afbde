import { changePasswordEndpoint } from "@/lib/account/endpoints";
import { changePassword } from "@/lib/account/server/change-password";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(changePasswordEndpoint, ({ ctx, body }) => changePassword({ ctx, ...body }));
