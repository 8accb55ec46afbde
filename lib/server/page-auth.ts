import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Scope } from "@/lib/auth/scopes";
import { withSystemScope } from "./db-scope";
import type { UserPrincipal } from "./principal";
import { resolveSessionToken, SESSION_COOKIE_NAMES } from "./session";

export async function getPagePrincipal(): Promise<UserPrincipal | null> {
  const jar = await cookies();
  const token = SESSION_COOKIE_NAMES.map((n) => jar.get(n)?.value).find(Boolean);
  return withSystemScope(() => resolveSessionToken(token));
}

/** For server components: signed-out visitors go to /signin; a missing scope renders the 403 page. */
export async function requirePageScope(scope?: Scope): Promise<UserPrincipal> {
  const principal = await getPagePrincipal();
  if (!principal) redirect("/signin");
  if (scope && !principal.scopes.has(scope)) forbidden();
  return principal;
}
