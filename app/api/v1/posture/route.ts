import { getPostureEndpoint } from "@/lib/posture/endpoints";
import { readPostureDocument } from "@/lib/posture/server/get-posture-summary";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getPostureEndpoint, async ({ ctx, headers }) => {
  const doc = await readPostureDocument(ctx, { ifNoneMatch: headers.get("if-none-match") });
  const common = { "cache-control": "no-store", ...(doc.etag ? { etag: doc.etag } : {}) };
  if (doc.kind === "not-modified") return new Response(null, { status: 304, headers: common });
  return new Response(doc.body, { headers: { ...common, "content-type": "application/json" } });
});
