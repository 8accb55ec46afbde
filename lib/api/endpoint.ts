import type { z } from "zod";
import type { Scope } from "@/lib/auth/scopes";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * An API operation's contract: path, permission and zod schemas. Route handlers are built from it
 * (lib/server/route.ts) and the OpenAPI document is generated from the same objects.
 */
export type Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  scope: Scope;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  successStatus?: 200 | 201 | 202;
  /** Largest accepted request body (default 1,000,000 bytes). */
  maxBodyBytes?: number;
  /** The body is a byte stream handed to the handler unread (file uploads): these content types are accepted. */
  rawBody?: { contentTypes: readonly string[] };
  /** A successful call changes what posture is scored on: the route queues a debounced recompute of the org. */
  affectsPosture?: boolean;
  /** A successful call changes what the AI gateway caches per key (policies, rules, credentials, prices, limits):
   * the route announces a configuration change of the org (lib/server/config-changes.ts). */
  affectsGateway?: boolean;
  /** Responses that are not JSON (e.g. CSV downloads) are described by content type only. */
  produces?: string;
};

export const defineEndpoint = <E extends Endpoint>(e: E): E => e;
