import { deleteAttestationEndpoint } from "@/lib/posture/endpoints";
import { deleteAttestation } from "@/lib/posture/server/delete-attestation";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(deleteAttestationEndpoint, ({ ctx, params }) => deleteAttestation({ ctx, id: params.id }));
