import { createModelPriceEndpoint, listModelPricesEndpoint } from "@/lib/pricing/endpoints";
import { createModelPrice } from "@/lib/pricing/server/create-model-price";
import { listModelPrices } from "@/lib/pricing/server/list-model-prices";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listModelPricesEndpoint, ({ ctx }) => listModelPrices({ ctx }));
export const POST = defineRoute(createModelPriceEndpoint, async ({ ctx, body }) => ({ price: await createModelPrice({ ctx, ...body }) }));
