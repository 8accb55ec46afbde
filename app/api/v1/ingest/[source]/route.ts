import { pushRecordsEndpoint } from "@/lib/ingest/endpoints";
import { pushRecords } from "@/lib/ingest/server/push-records";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(pushRecordsEndpoint, async ({ ctx, params, raw }) => {
  const { status, body } = await pushRecords({ ctx, raw: raw!, source: params.source });
  return Response.json(pushRecordsEndpoint.response.parse(body), { status });
});
