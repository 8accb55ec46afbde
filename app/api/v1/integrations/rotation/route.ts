import { listSecretRotationEndpoint } from "@/lib/integrations/endpoints";
import { listSecretRotation } from "@/lib/integrations/server/list-secret-rotation";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listSecretRotationEndpoint, async ({ ctx }) => ({ secrets: await listSecretRotation({ ctx }) }));
