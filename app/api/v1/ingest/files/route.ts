import { listIngestFilesEndpoint } from "@/lib/ingest/endpoints";
import { listIngestFiles } from "@/lib/ingest/server/list-ingest-files";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listIngestFilesEndpoint, async ({ ctx, query }) => listIngestFiles({ ctx, ...query }));
