import { redactTextEndpoint } from "@/lib/dlp/endpoints";
import { redactTextRequest } from "@/lib/dlp/server/redact-text";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(redactTextEndpoint, async ({ ctx, body }) => redactTextRequest({ ctx, ...body }));
