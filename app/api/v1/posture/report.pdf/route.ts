import { exportPosturePdfEndpoint } from "@/lib/posture/endpoints";
import { exportPosturePdf } from "@/lib/posture/server/export-posture";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(exportPosturePdfEndpoint, ({ ctx }) => exportPosturePdf(ctx));
