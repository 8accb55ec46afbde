import { getAppOptionsEndpoint } from "@/lib/apps/endpoints";
import { getAppOptions } from "@/lib/apps/server/get-app-options";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAppOptionsEndpoint, ({ ctx }) => getAppOptions({ ctx }));
