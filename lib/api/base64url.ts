// base64url for opaque API cursors. btoa/atob (ASCII only here) exist in Node and browsers: the schemas that
// validate cursors also load client-side. Pure.
export const toBase64Url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** The decoded text, or "" when the input is not base64url. */
export const fromBase64Url = (s: string) => {
  try {
    return atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return "";
  }
};
