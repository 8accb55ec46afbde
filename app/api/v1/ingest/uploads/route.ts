import { uploadFileEndpoint } from "@/lib/ingest/endpoints";
import { uploadFile } from "@/lib/ingest/server/upload-file";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(uploadFileEndpoint, async ({ ctx, query, raw }) => ({ file: await uploadFile({ ctx, body: raw!.stream, source: query.source, fileName: query.fileName, via: "UPLOAD" }) }));
