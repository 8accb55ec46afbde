import { getReachabilityEndpoint } from "@/lib/catalog/endpoints";
import { getReachability } from "@/lib/catalog/server/get-reachability";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getReachabilityEndpoint, ({ ctx }) => getReachability({ ctx }));
