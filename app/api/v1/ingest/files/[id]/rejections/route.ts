import { listRejectionsEndpoint } from "@/lib/ingest/endpoints";
import { listRejections } from "@/lib/ingest/server/list-rejections";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listRejectionsEndpoint, async ({ ctx, params }) => listRejections({ ctx, fileId: params.id }));
