import { z } from "zod";
import { ZErrorEnvelope } from "./common";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./registry";

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parameters(e: Endpoint) {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [["path", e.params], ["query", e.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: property });
    }
  }
  return out;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function operation(e: Endpoint) {
  const success = e.produces
    ? { description: "OK", content: { [e.produces]: { schema: { type: "string" } } } }
    : { description: "OK", content: { "application/json": { schema: schemaOf(e.response, "output") } } };
  return {
    operationId: `${e.method.toLowerCase()}${e.path.replace(/\/api\/v1|[{}]/g, "").replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: e.summary,
    tags: [e.tag],
    "x-required-scope": e.scope,
    security: [{ sessionCookie: [] }, { apiKey: [] }],
    parameters: parameters(e),
    ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(e.body, "input") } } } } : {}),
    ...(e.rawBody ? { requestBody: { required: true, content: Object.fromEntries(e.rawBody.contentTypes.map((t) => [t, { schema: { type: "string", format: "binary" } }])) } } : {}),
    responses: {
      [String(e.successStatus ?? 200)]: success,
      "400": errorResponse("Invalid input"),
      "401": errorResponse("Not signed in and no valid API key"),
      "403": errorResponse(`Missing the ${e.scope} permission`),
      ...(e.params ? { "404": errorResponse("Not found in your organization") } : {}),
      "500": errorResponse("Unexpected error (details are logged under the request id)"),
    },
  };
}

export function buildOpenApiDocument(endpoints: Endpoint[] = ENDPOINTS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) (paths[e.path] ??= {})[e.method.toLowerCase()] = operation(e);
  return {
    openapi: "3.1.0",
    info: {
      title: "LLM SecOps Console API",
      version: "1.0.0",
      description: "Every operation is scoped to the caller's organization (from the session or the API key). Errors use `{error:{code,message,requestId}}`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key `lsk_…` from Settings > API keys" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: schemaOf(ZErrorEnvelope, "output") },
    },
  };
}
