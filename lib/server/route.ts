import { type z } from "zod";
import type { Endpoint } from "@/lib/api/endpoint";
import { enqueue } from "@/lib/queue/queues";
import { assertWithinOrgRateLimit, earlyRefusal, penalize, withinOrgConcurrency } from "./api-rate-limit";
import { authenticateRequest } from "./authenticate";
import { announceConfigChange } from "./config-changes";
import { withOrgScope, withSystemScope } from "./db-scope";
import { AppError } from "./errors";
import { logger } from "./logger";
import { readCapped } from "./read-capped";
import type { Ctx, Principal, RequestMeta } from "./principal";
import { assertScope } from "./rbac";
import { requestMeta } from "./request-meta";

const MAX_BODY_BYTES = 1_000_000;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type RouteContext = { params: Promise<Record<string, string | string[]>> };

type HandlerArgs<E extends Endpoint> = {
  ctx: Ctx;
  params: Infer<E["params"]>;
  query: Infer<E["query"]>;
  body: Infer<E["body"]>;
  /** Only for endpoints with `rawBody`: the unread request body and its headers. */
  raw: RawBody | undefined;
  /** The request's headers, for content negotiation (Accept-Encoding, If-None-Match). */
  headers: Headers;
};

export type RawBody = { stream: ReadableStream<Uint8Array>; contentType: string; contentLength: number | null; headers: Headers };

/**
 * Builds a Next.js route handler from an endpoint contract: authenticate (API key or session),
 * resolve the org from the principal, check the scope, parse input with zod, run one use case,
 * check the response, and answer errors with `{error:{code,message,requestId}}`.
 */
export function defineRoute<E extends Endpoint>(
  endpoint: E,
  handler: (args: HandlerArgs<E>) => Promise<Infer<E["response"]> | Response>,
) {
  return async (req: Request, context: RouteContext): Promise<Response> => {
    const meta = requestMeta(req.headers);
    const credential = req.headers.get("authorization");
    const refused = earlyRefusal(credential);
    if (refused) return errorResponse(refused, meta); // does not extend the penalty
    try {
      // Who is calling is not one org's question yet: keys, sessions and memberships are read as the system role.
      const principal = await withSystemScope(() => authenticateRequest(req.headers));
      if (!principal) throw new AppError("UNAUTHENTICATED", "Sign in or send an API key");
      if (principal.kind === "user") assertSameOrigin(req);
      const ctx = contextFor(principal, meta);
      assertScope(ctx.scopes, endpoint.scope);
      assertWithinOrgRateLimit(ctx.orgId);
      // From here every query runs under row-level security as the caller's org.
      return await withinOrgConcurrency(ctx.orgId, () => withOrgScope(ctx.orgId, () => handle(req, context, endpoint, handler, ctx, meta)), req.signal);
    } catch (error) {
      if (error instanceof AppError) penalize(credential, error);
      // A client that went away mid-request (its body cut off) is not a server error: nobody reads this answer.
      if (!(error instanceof AppError) && (req.signal.aborted || isClientAbort(error))) {
        logger.info({ requestId: meta.requestId }, "the client closed the request");
        return errorResponse(new AppError("BAD_REQUEST", "The client closed the request"), meta);
      }
      return errorResponse(error, meta);
    }
  };
}

// Node's HTTP server fails a request body whose connection closed with exactly this error (abortIncoming).
const isClientAbort = (error: unknown) =>
  error instanceof Error && error.message === "aborted" && (error as NodeJS.ErrnoException).code === "ECONNRESET";

/** Input parsing, the use case and the answer, inside the caller's org scope. */
async function handle<E extends Endpoint>(
  req: Request, context: RouteContext, endpoint: E,
  handler: (args: HandlerArgs<E>) => Promise<Infer<E["response"]> | Response>, ctx: Ctx, meta: RequestMeta,
): Promise<Response> {
  const params = parseWith(endpoint.params, await context.params, "path parameters");
  const query = parseWith(endpoint.query, Object.fromEntries(new URL(req.url).searchParams), "query");
  const body = endpoint.body ? parseWith(endpoint.body, await readJson(req, endpoint.maxBodyBytes ?? MAX_BODY_BYTES), "body") : undefined;
  const raw = endpoint.rawBody ? rawBodyOf(req, endpoint.rawBody.contentTypes) : undefined;
  const result = await handler({ ctx, params, query, body, raw, headers: req.headers } as HandlerArgs<E>);
  if (endpoint.affectsPosture) queuePostureRecompute(ctx.orgId);
  if (endpoint.affectsGateway) announceConfigChange(ctx.orgId);
  if (result instanceof Response) {
    result.headers.set("x-request-id", meta.requestId);
    return result;
  }
  const output = endpoint.response.parse(result);
  return Response.json(output, { status: endpoint.successStatus ?? 200, headers: { "x-request-id": meta.requestId } });
}

// The change has committed (the use case returned). Not awaited: a slow Redis must not hold the answer, and a lost
// job costs only freshness (the daily recompute catches up).
function queuePostureRecompute(orgId: string) {
  void enqueue("posture-recompute", { orgId, trigger: "evidence" }).catch((e: unknown) => logger.warn({ orgId, err: String(e) }, "posture recompute not queued"));
}

function contextFor(principal: Principal, meta: RequestMeta): Ctx {
  if (!principal.org) throw new AppError("NO_ORGANIZATION", "You are not a member of any organization yet");
  return { ...meta, orgId: principal.org.id, principal, scopes: principal.scopes };
}

// Cookie-authenticated writes must come from our own pages (Route Handlers get no CSRF check from Next).
function assertSameOrigin(req: Request) {
  if (req.method === "GET" || req.method === "HEAD") return;
  const fetchSite = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const sameOrigin = origin ? safeHost(origin) === host : fetchSite === "same-origin";
  if (!sameOrigin || (fetchSite && fetchSite !== "same-origin")) {
    throw new AppError("FORBIDDEN", "Cross-site request refused");
  }
}

const safeHost = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

function rawBodyOf(req: Request, accepted: readonly string[]): RawBody {
  const contentType = (req.headers.get("content-type") ?? "application/octet-stream").split(";")[0]!.trim().toLowerCase();
  if (!accepted.includes(contentType)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body as one of: ${accepted.join(", ")}`);
  if (!req.body) throw new AppError("BAD_REQUEST", "The request has no body");
  const length = req.headers.get("content-length");
  return { stream: req.body, contentType, contentLength: length === null ? null : Number(length), headers: req.headers };
}

async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `Body over the limit of ${maxBytes} bytes`);
  const text = (await readCapped(req.body, maxBytes, () => new AppError("PAYLOAD_TOO_LARGE", `Body over the limit of ${maxBytes} bytes`))).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body");
  }
}

function parseWith<T extends z.ZodType | undefined>(schema: T, input: unknown, where: string) {
  if (!schema) return undefined;
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("VALIDATION_FAILED", `Invalid ${where}: ${issues.map((i) => `${i.path || "(root)"} ${i.message}`).join("; ")}`.slice(0, 500), issues);
  }
  return result.data;
}

export function errorResponse(error: unknown, meta: RequestMeta): Response {
  const headers = { "x-request-id": meta.requestId };
  if (error instanceof AppError) {
    if (error.status >= 500) logger.error({ requestId: meta.requestId, code: error.code }, error.message);
    const body = { error: { code: error.code, message: error.message, requestId: meta.requestId, ...(error.details ? { details: error.details } : {}) } };
    return Response.json(body, { status: error.status, headers: { ...error.headers, ...headers } });
  }
  if (isUniqueViolation(error)) {
    return Response.json({ error: { code: "CONFLICT", message: "That already exists", requestId: meta.requestId } }, { status: 409, headers });
  }
  logger.error({ requestId: meta.requestId, err: error }, "unhandled error in route");
  const body = { error: { code: "INTERNAL", message: "Something went wrong on our side. Quote the request id when reporting it.", requestId: meta.requestId } };
  return Response.json(body, { status: 500, headers });
}

// Prisma's unique-constraint error: a concurrent duplicate create is a conflict, not a crash.
const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
