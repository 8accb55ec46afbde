import { getAuditExportEndpoint } from "@/lib/audit/endpoints";
import { getAuditExport } from "@/lib/audit/server/get-audit-export";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAuditExportEndpoint, async ({ ctx, params }) => ({
  export: await getAuditExport({ ctx, exportId: params.id }),
}));
