import { exportTracesEndpoint } from "@/lib/otel/endpoints";
import { exportTraces } from "@/lib/otel/server/export-traces";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(exportTracesEndpoint, ({ ctx, raw }) => exportTraces({ ctx, raw: raw! }));
