import { listDlpPoliciesEndpoint } from "@/lib/dlp/endpoints";
import { listDlpPolicies } from "@/lib/dlp/server/list-dlp-policies";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listDlpPoliciesEndpoint, async ({ ctx }) => listDlpPolicies({ ctx }));
