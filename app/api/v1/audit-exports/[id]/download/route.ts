import { downloadAuditExportEndpoint } from "@/lib/audit/endpoints";
import { downloadAuditExport } from "@/lib/audit/server/download-audit-export";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(downloadAuditExportEndpoint, ({ ctx, params }) => downloadAuditExport({ ctx, exportId: params.id }));
