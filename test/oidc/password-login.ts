// Drives the loopback provider's authorization flow the way a browser would (manual redirects, a cookie
// jar, the sign-in form, the consent step) and returns the redirect back to the client's callback.

export type PasswordLogin = { email: string; password: string };

function storeCookies(jar: Map<string, string>, res: Response) {
  for (const header of res.headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [key = "", val = ""] = a.trim().split("=");
      return (key.toLowerCase() === "max-age" && Number(val) <= 0) || (key.toLowerCase() === "expires" && Date.parse(val) < Date.now());
    });
    if (expired || !value) jar.delete(name);
    else jar.set(name, value);
  }
}

/** Follows `authorizeUrl` through sign-in until the provider redirects to a URL starting with `callbackPrefix`. */
export async function authorizeWithPassword(authorizeUrl: string, login: PasswordLogin, callbackPrefix: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") };
    if (form) headers["content-type"] = "application/x-www-form-urlencoded";
    const res = await fetch(url, { method: form ? "POST" : "GET", headers, body: form, redirect: "manual" });
    storeCookies(jar, res);
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(callbackPrefix)) return next;
      url = next.href;
      form = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || form) throw new Error(`unexpected answer from the provider (${res.status}): ${html.slice(0, 300)}`);
    url = new URL(action, url).href;
    form = new URLSearchParams(login);
  }
  throw new Error("too many redirects at the provider");
}
