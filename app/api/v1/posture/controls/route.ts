import { listControlsEndpoint } from "@/lib/posture/endpoints";
import { listControls } from "@/lib/posture/server/list-controls";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listControlsEndpoint, ({ ctx }) => listControls(ctx));
