import { createAuditExportEndpoint } from "@/lib/audit/endpoints";
import { createAuditExport } from "@/lib/audit/server/create-audit-export";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(createAuditExportEndpoint, async ({ ctx, body }) => ({
  export: await createAuditExport({ ctx, filters: body }),
}));
