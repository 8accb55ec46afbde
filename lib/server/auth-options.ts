import type { NextAuthOptions, User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { authenticatePassword, ZCredentials } from "@/lib/auth/server/authenticate-password";
import { createSession } from "@/lib/auth/server/create-session";
import { OIDC_PROVIDER_ID, resolveOidcUser } from "@/lib/auth/server/resolve-oidc-user";
import { revokeSession } from "@/lib/auth/server/revoke-session";
import { env, oidcConfigured } from "./env";
import { clientIp } from "./request-meta";

type LoginUser = User & { loginIp?: string | null; loginUserAgent?: string | null };
type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

function oidcProvider(): OAuthConfig<OidcProfile> {
  const e = env();
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_DISPLAY_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? null }),
  };
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIp((name) => headers[name] ?? null);
        const result = await authenticatePassword({ ...parsed.data, ip });
        if (!result.ok) {
          if (result.reason === "RATE_LIMITED") throw new Error("RATE_LIMITED");
          return null;
        }
        const user: LoginUser = { id: result.userId, email: result.email, name: result.name, loginIp: ip, loginUserAgent: headers["user-agent"] ?? null };
        return user;
      },
    }),
  ];
  if (oidcConfigured(e)) providers.push(oidcProvider());

  cached = {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: e.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const claims = (profile ?? {}) as Partial<OidcProfile>;
        const userId = await resolveOidcUser({
          subject: account.providerAccountId,
          email: claims.email,
          emailVerified: claims.email_verified === true,
          name: claims.name,
        });
        if (!userId) return false;
        user.id = userId;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const login = user as LoginUser;
          const session = await createSession({
            userId: login.id,
            method: account?.provider === OIDC_PROVIDER_ID ? "oidc" : "password",
            ip: login.loginIp ?? null,
            userAgent: login.loginUserAgent ?? null,
          });
          return { sub: login.id, sid: session.id, email: login.email, name: login.name };
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { name: token.name ?? null, email: token.email ?? null };
        return session;
      },
      async redirect({ url, baseUrl }) {
        // Only same-origin destinations: no open redirects through callbackUrl.
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession({ sessionId: token.sid });
      },
    },
  };
  return cached;
}
