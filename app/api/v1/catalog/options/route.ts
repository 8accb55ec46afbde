import { getCatalogOptionsEndpoint } from "@/lib/catalog/endpoints";
import { getCatalogOptions } from "@/lib/catalog/server/get-catalog-options";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getCatalogOptionsEndpoint, ({ ctx }) => getCatalogOptions({ ctx }));
