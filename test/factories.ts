import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createSession } from "@/lib/auth/server/create-session";
import { scopesForRole, type RoleName } from "@/lib/auth/scopes";
import { generateApiKey } from "@/lib/server/api-key-crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import type { Ctx } from "@/lib/server/principal";

export const uniq = () => randomBytes(4).toString("hex");

export async function createOrg(name = `Org ${uniq()}`) {
  return db.organization.create({ data: { name, slug: `org-${uniq()}` } });
}

export async function createUser({ password, email }: { password?: string; email?: string } = {}) {
  return db.user.create({
    data: { email: email ?? `user-${uniq()}@example.test`, name: "Test User", passwordHash: password ? await hashPassword(password) : null },
    select: { id: true, email: true, name: true },
  });
}

/** An org with one member per role; returns the users and their memberships. */
export async function createOrgWithMembers(roles: RoleName[] = ["ADMIN", "ANALYST", "MANAGER"]) {
  const org = await createOrg();
  const members = [];
  for (const role of roles) {
    const user = await createUser();
    const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role } });
    members.push({ user, membership, role });
  }
  return { org, members };
}

/** A use-case context as if the user had signed in to the org. */
export function userCtx(org: { id: string; slug: string; name: string }, user: { id: string; email: string; name: string | null }, role: RoleName): Ctx {
  const scopes = scopesForRole(role);
  return {
    requestId: randomUUID(), ip: "127.0.0.1", userAgent: "vitest", orgId: org.id, scopes,
    principal: { kind: "user", userId: user.id, email: user.email, name: user.name, sessionId: randomUUID(), org, role, scopes },
  };
}

/** A real next-auth session cookie backed by a server-side session row. */
export async function sessionCookie(userId: string) {
  const session = await createSession({ userId, method: "password", ip: "127.0.0.1", userAgent: "vitest" });
  const token = await encode({ token: { sub: userId, sid: session.id }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${token}`, sessionId: session.id };
}

export async function createApiKeyFor(orgId: string, createdById: string, scopes: string[]) {
  const key = generateApiKey();
  await db.apiKey.create({
    data: { orgId, name: `key-${uniq()}`, keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4, scopes, createdById },
  });
  return key.token;
}

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a Next route handler the way the server would, with same-origin headers for cookie auth. */
export async function call(
  handler: RouteHandler,
  { method = "GET", path = "/", params = {}, body, cookie, apiKey, headers = {} }: {
    method?: string; path?: string; params?: Record<string, string>; body?: unknown; cookie?: string; apiKey?: string; headers?: Record<string, string>;
  } = {},
) {
  const h = new Headers({ host: "console.test", origin: "http://console.test", ...headers });
  if (cookie) h.set("cookie", cookie);
  if (apiKey) h.set("authorization", `Bearer ${apiKey}`);
  if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
  const req = new Request(`http://console.test${path}`, { method, headers: h, body: body === undefined ? undefined : typeof body === "string" ? body : body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body) });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json: json as Record<string, any>, text, headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
