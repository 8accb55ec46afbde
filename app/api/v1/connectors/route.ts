import { listConnectorsEndpoint } from "@/lib/connectors/endpoints";
import { listConnectors } from "@/lib/connectors/server/list-connectors";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listConnectorsEndpoint, async ({ ctx }) => ({ connectors: await listConnectors({ ctx }) }));
