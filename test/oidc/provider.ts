// Small, real OpenID Connect provider for tests (oidc-provider@9 on plain node:http, loopback only).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Adapter, type AdapterPayload, type KoaContextWithOIDC } from "oidc-provider";

export type OidcTestUser = { sub: string; email: string; emailVerified: boolean; name: string; password: string };

export type OidcTestClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type OidcTestProviderOptions = {
  port: number;
  host?: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  users: OidcTestUser[];
  /** More confidential clients on the same provider (e.g. the console's OAuth-connection callback). */
  extraClients?: OidcTestClient[];
  /** Lifetimes in seconds (defaults: access token 3600, refresh token 86400); short ones let tests expire tokens. */
  ttl?: { accessToken?: number; refreshToken?: number };
};

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Per-provider in-memory storage (avoids the shared global dev adapter and its warning).
function memoryAdapter(): new (name: string) => Adapter {
  const store = new Map<string, { payload: AdapterPayload; exp: number }>();
  const grants = new Map<string, Set<string>>();
  return class MemoryAdapter implements Adapter {
    constructor(private readonly name: string) {}
    private key = (id: string) => `${this.name}:${id}`;
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      const key = this.key(id);
      store.set(key, { payload, exp: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
      if (payload.uid) store.set(`uid:${payload.uid}`, { payload: { id }, exp: Infinity });
      if (payload.userCode) store.set(`userCode:${payload.userCode}`, { payload: { id }, exp: Infinity });
      if (payload.grantId) grants.set(payload.grantId, (grants.get(payload.grantId) ?? new Set()).add(key));
    }
    async find(id: string) {
      const entry = store.get(this.key(id));
      if (!entry) return undefined;
      if (entry.exp < Date.now()) return void store.delete(this.key(id));
      return entry.payload;
    }
    async findByUid(uid: string) {
      const id = store.get(`uid:${uid}`)?.payload.id;
      return typeof id === "string" ? this.find(id) : undefined;
    }
    async findByUserCode(userCode: string) {
      const id = store.get(`userCode:${userCode}`)?.payload.id;
      return typeof id === "string" ? this.find(id) : undefined;
    }
    async consume(id: string) {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const key of grants.get(grantId) ?? []) store.delete(key);
      grants.delete(grantId);
    }
  };
}

function loginPage(uid: string, email: string, error?: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Test IdP sign in</title></head>
<body>
  <h1>Test IdP</h1>
  ${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
  <form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
    <label>Email<input name="email" value="${escapeHtml(email)}" autocomplete="username"></label>
    <label>Password<input name="password" type="password" autocomplete="current-password"></label>
    <button type="submit">Sign in</button>
  </form>
</body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8"): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  res.end(body);
}

function createProvider(issuer: string, opts: OidcTestProviderOptions): Provider {
  const users = new Map(opts.users.map((u) => [u.sub, u]));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-rs256", alg: "RS256", use: "sig" };

  // Auto-grant everything the client asks for, so no consent page is ever needed.
  const grantAll = async (ctx: KoaContextWithOIDC) => {
    const { client, session, provider } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const existingId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    const existing = existingId ? await provider.Grant.find(existingId) : undefined;
    const grant = existing ?? new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
    grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
    grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
    await grant.save();
    return grant;
  };

  return new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [{ clientId: opts.clientId, clientSecret: opts.clientSecret, redirectUris: opts.redirectUris }, ...(opts.extraClients ?? [])].map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString("hex")] }, // secure flag follows the request protocol (false on http)
    scopes: ["openid", "email", "profile", "offline_access"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false, // put email/name into the id_token (next-auth reads claims from it)
    pkce: { required: () => true }, // oidc-provider@9 only supports S256
    // Revoking a refresh token (RFC 7009) revokes its whole grant, access tokens included.
    features: {
      devInteractions: { enabled: false },
      // A client may revoke only its own tokens (what the default does, stated so it does not warn).
      revocation: { enabled: true, allowedPolicy: async (_ctx: unknown, client: { clientId: string }, token: { clientId: string }) => token.clientId === client.clientId },
    },
    ttl: {
      AccessToken: opts.ttl?.accessToken ?? 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600,
      Session: 86400, Grant: 86400, RefreshToken: opts.ttl?.refreshToken ?? 86400,
    },
    async findAccount(_ctx, sub) {
      const user = users.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: user.email, email_verified: user.emailVerified, name: user.name }),
      };
    },
    loadExistingGrant: grantAll,
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = `<!DOCTYPE html><html><body><h1>OIDC error</h1>${Object.entries(out)
        .map(([k, v]) => `<pre>${escapeHtml(k)}: ${escapeHtml(String(v))}</pre>`).join("")}</body></html>`;
    },
  });
}

async function handleInteraction(
  provider: Provider, users: OidcTestUser[], req: IncomingMessage, res: ServerResponse, uid: string, action?: string,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, "interaction mismatch", "text/plain");
  const { name, details: missing } = details.prompt;
  if (name === "login" && req.method === "GET" && !action) {
    const hint = typeof details.params.login_hint === "string" ? details.params.login_hint : "";
    return send(res, 200, loginPage(uid, hint));
  }
  if (name === "login" && req.method === "POST" && action === "login") {
    const form = await readForm(req);
    const email = form.get("email") ?? "";
    const user = users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
    if (!user || user.password !== (form.get("password") ?? "")) {
      return send(res, 200, loginPage(uid, email, "Invalid email or password"));
    }
    return provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
  }
  if (name === "consent") {
    // Only reached when the RP forces prompt=consent: grant whatever is missing and continue.
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (!accountId || typeof clientId !== "string") return send(res, 400, "no session", "text/plain");
    const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined)
      ?? new provider.Grant({ accountId, clientId });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 400, `unsupported interaction: ${escapeHtml(name)}`, "text/plain");
}

export async function startOidcProvider(
  opts: OidcTestProviderOptions,
): Promise<{ issuer: string; close: () => Promise<void> }> {
  const host = opts.host ?? "127.0.0.1";
  const server = createServer(); // request handler is attached once the issuer (and so the port) is known
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });

  const address = server.address();
  const port = address && typeof address === "object" ? address.port : opts.port; // port 0 works too
  const issuer = `http://${host}:${port}`; // no trailing slash: must equal the id_token `iss`
  let provider: Provider;
  try {
    provider = createProvider(issuer, opts);
  } catch (err) {
    await close();
    throw err;
  }
  const callback = provider.callback();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? "/", issuer);
    const match = /^\/interaction\/([^/]+)(?:\/(login))?\/?$/.exec(pathname);
    if (!match?.[1]) return void callback(req, res);
    handleInteraction(provider, opts.users, req, res, decodeURIComponent(match[1]), match[2]).catch((err: unknown) => {
      if (!res.headersSent) send(res, 400, `interaction error: ${escapeHtml(String(err))}`);
      else res.end();
    });
  });
  return { issuer, close };
}
