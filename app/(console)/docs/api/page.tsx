import type { Metadata } from "next";
import { OpenApiView } from "@/components/api-docs/openapi-view";
import { PageHeader } from "@/components/ui/card";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiDocsPage() {
  await requirePageScope();
  const doc = buildOpenApiDocument();
  return (
    <>
      <PageHeader
        title="API reference"
        description={<>REST API v1, generated from the same schemas the server validates with. Machine-readable: <a className="text-brand-700 hover:underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</>}
      />
      <OpenApiView doc={doc as never} />
    </>
  );
}
