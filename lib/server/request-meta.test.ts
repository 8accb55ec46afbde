import { describe, expect, it } from "vitest";
import { clientIp, requestMeta } from "./request-meta";

describe("request meta", () => {
  it("takes the nearest X-Forwarded-For hop, not a spoofed first entry", () => {
    expect(clientIp((n) => (n === "x-forwarded-for" ? "6.6.6.6, 10.0.0.5" : null))).toBe("10.0.0.5");
    expect(clientIp(() => null)).toBeNull();
  });
  it("accepts a sane incoming request id and replaces a hostile one", () => {
    expect(requestMeta(new Headers({ "x-request-id": "abc12345-xyz" })).requestId).toBe("abc12345-xyz");
    expect(requestMeta(new Headers({ "x-request-id": "<script>alert(1)</script>" })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
