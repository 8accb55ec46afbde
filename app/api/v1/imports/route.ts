import { createImportEndpoint, listImportsEndpoint } from "@/lib/imports/endpoints";
import { importFindings } from "@/lib/imports/server/import-findings";
import { listImportRuns } from "@/lib/imports/server/list-import-runs";
import { readImportBody } from "@/lib/imports/server/read-import-body";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listImportsEndpoint, async ({ ctx, query }) => listImportRuns({ ctx, ...query }));

// A session is the console's upload page; an API key is a pipeline.
export const POST = defineRoute(createImportEndpoint, async ({ ctx, query, raw }) => ({
  import: await importFindings({ ctx, appId: query.appId, fileName: query.fileName, bytes: await readImportBody(raw!), via: ctx.principal.kind === "user" ? "UI" : "API" }),
}));
