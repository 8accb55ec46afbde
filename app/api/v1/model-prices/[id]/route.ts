import { deleteModelPriceEndpoint, updateModelPriceEndpoint } from "@/lib/pricing/endpoints";
import { deleteModelPrice } from "@/lib/pricing/server/delete-model-price";
import { updateModelPrice } from "@/lib/pricing/server/update-model-price";
import { defineRoute } from "@/lib/server/route";

export const PATCH = defineRoute(updateModelPriceEndpoint, async ({ ctx, params, body }) => ({ price: await updateModelPrice({ ctx, id: params.id, changes: body }) }));
export const DELETE = defineRoute(deleteModelPriceEndpoint, async ({ ctx, params }) => {
  await deleteModelPrice({ ctx, id: params.id });
  return { ok: true as const };
});
