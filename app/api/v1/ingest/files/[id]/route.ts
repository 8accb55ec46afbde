import { getIngestFileEndpoint } from "@/lib/ingest/endpoints";
import { getIngestFile } from "@/lib/ingest/server/get-ingest-file";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getIngestFileEndpoint, async ({ ctx, params }) => ({ file: await getIngestFile({ ctx, id: params.id }) }));
