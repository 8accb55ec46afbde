import { createApiKeyEndpoint, listApiKeysEndpoint } from "@/lib/api-keys/endpoints";
import { createApiKey } from "@/lib/api-keys/server/create-api-key";
import { listApiKeys } from "@/lib/api-keys/server/list-api-keys";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listApiKeysEndpoint, async ({ ctx }) => ({ apiKeys: await listApiKeys({ ctx }) }));
export const POST = defineRoute(createApiKeyEndpoint, ({ ctx, body }) => createApiKey({ ctx, ...body }));
