// Drives next-auth's own request handler (the code behind /api/auth/*) with the console's real options, so sign-in,
// the Set-Cookie headers it writes and sign-out can be proven without a browser. next-auth's Node-style entry point is
// used because its App Router one reads next/headers, which only exists inside a Next server. The public URL (http or
// https) decides secure cookies, as NEXTAUTH_URL does in production.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth-options";

/** One parsed Set-Cookie header. */
export type IssuedCookie = { name: string; value: string; attributes: Record<string, string | true>; header: string };
type Jar = Record<string, string>;
type Action = "csrf" | "callback" | "signout";

export function parseSetCookie(header: string): IssuedCookie {
  const [pair, ...attrs] = header.split(";").map((s) => s.trim());
  const eq = pair!.indexOf("=");
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const i = a.indexOf("=");
    attributes[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? true : a.slice(i + 1);
  }
  return { name: pair!.slice(0, eq), value: decodeURIComponent(pair!.slice(eq + 1)), attributes, header };
}

async function handle(publicUrl: string, action: Action, method: string, { body, jar, ip, providerId }: { body?: Record<string, string>; jar: Jar; ip: string; providerId?: string }) {
  const headers: Record<string, string | string[]> = {};
  let status = 200;
  let payload: unknown;
  const res = {
    status(code: number) { status = code; return res; },
    setHeader(name: string, value: string | string[]) { headers[name.toLowerCase()] = value; return res; },
    getHeader(name: string) { return headers[name.toLowerCase()]; },
    end() { return res; },
    send(b: unknown) { payload = b; return res; },
    json(b: unknown) { payload = b; return res; },
  };
  const req = {
    method, body, cookies: { ...jar },
    query: { nextauth: providerId ? [action, providerId] : [action] },
    headers: { host: new URL(publicUrl).host, "x-forwarded-for": ip, "user-agent": "security-auth test" },
  };
  const previous = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = publicUrl;
  try {
    await (NextAuth as unknown as (q: unknown, s: unknown, o: unknown) => Promise<unknown>)(req, res, authOptions());
  } finally {
    if (previous === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = previous;
  }
  const raw = headers["set-cookie"];
  const cookies = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(parseSetCookie);
  for (const c of cookies) {
    if (c.value && c.attributes["max-age"] !== "0") jar[c.name] = c.value;
    else delete jar[c.name];
  }
  const url = (payload as { url?: string } | undefined)?.url;
  return { status, location: url ?? (headers.location as string | undefined) ?? null, body: payload, cookies };
}

/** A browser-like client of /api/auth from one IP: keeps its cookie jar between calls. */
export function authClient({ publicUrl = "http://console.test", ip = "127.0.0.1" }: { publicUrl?: string; ip?: string } = {}) {
  const jar: Jar = {};
  const issued: IssuedCookie[] = [];
  const sessionCookieName = publicUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  const csrf = async () => {
    const res = await handle(publicUrl, "csrf", "GET", { jar, ip });
    issued.push(...res.cookies);
    return (res.body as { csrfToken: string }).csrfToken;
  };
  return {
    jar,
    issued,
    sessionCookieName,
    /** As the sign-in page's signIn("credentials", { redirect: false }) does: the answer is JSON { url } with a status. */
    async signIn(email: string, password: string) {
      const csrfToken = await csrf();
      const res = await handle(publicUrl, "callback", "POST", { providerId: "credentials", body: { email, password, csrfToken, callbackUrl: "/dashboard", json: "true" }, jar, ip });
      issued.push(...res.cookies);
      return res;
    },
    async signOut() {
      const csrfToken = await csrf();
      return handle(publicUrl, "signout", "POST", { body: { csrfToken }, jar, ip });
    },
    /** The session cookie as a Cookie header for the API route handlers ("" when signed out). */
    cookieHeader() {
      return jar[sessionCookieName] ? `${sessionCookieName}=${jar[sessionCookieName]}` : "";
    },
  };
}
