import { exportPostureCsvEndpoint } from "@/lib/posture/endpoints";
import { exportPostureCsv } from "@/lib/posture/server/export-posture";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(exportPostureCsvEndpoint, ({ ctx }) => exportPostureCsv(ctx));
