import type { RoleName, Scope } from "@/lib/auth/scopes";

export type OrgRef = { id: string; slug: string; name: string };

export type UserPrincipal = {
  kind: "user";
  userId: string;
  email: string;
  name: string | null;
  sessionId: string;
  org: OrgRef | null;
  role: RoleName | null;
  scopes: ReadonlySet<Scope>;
};

export type ApiKeyPrincipal = {
  kind: "api-key";
  apiKeyId: string;
  name: string;
  org: OrgRef;
  scopes: ReadonlySet<Scope>;
};

export type Principal = UserPrincipal | ApiKeyPrincipal;

export type RequestMeta = { requestId: string; ip: string | null; userAgent: string | null };

/** What every use case receives: the org comes from the authenticated principal, never from input. */
export type Ctx = RequestMeta & { orgId: string; principal: Principal; scopes: ReadonlySet<Scope> };

export const actorLabel = (p: Principal) => (p.kind === "user" ? p.email : `api-key:${p.name}`);
