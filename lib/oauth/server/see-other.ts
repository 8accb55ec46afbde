/**
 * 303 to a console path. Relative, so it stays on the host the browser used; the callback URL (with the
 * code) is neither cached nor sent on as a Referer.
 */
export const seeOther = (path: string) =>
  new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
