import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOutboundDestination, checkOutboundUrl, classifyAddress, OutboundError, outboundAllowHosts, outboundFetch } from "./outbound";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"], ["1.1.1.1", "public"], ["93.184.216.34", "public"], ["172.32.0.1", "public"], ["100.128.0.1", "public"],
    ["0.0.0.0", "unspecified"], ["0.1.2.3", "unspecified"],
    ["127.0.0.1", "loopback"], ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"], ["172.16.0.1", "private"], ["172.31.255.255", "private"], ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"], ["100.64.0.1", "cgnat"], ["100.127.255.255", "cgnat"],
    ["224.0.0.1", "multicast"], ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"], ["240.0.0.1", "reserved"], ["192.0.2.10", "reserved"], ["198.18.0.1", "reserved"],
  ])("IPv4 %s is %s", (ip, expected) => expect(classifyAddress(ip)).toBe(expected));

  it.each([
    ["2606:4700:4700::1111", "public"], ["2001:4860:4860::8888", "public"], ["[2a00:1450:4001:81b::200e]", "public"],
    ["::", "unspecified"], ["::1", "loopback"], ["0:0:0:0:0:0:0:1", "loopback"], ["[::1]", "loopback"],
    ["fc00::1", "private"], ["fd12:3456:789a::1", "private"], ["fe80::1", "link-local"], ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"], ["2001:db8::1", "reserved"], ["2001::1", "reserved"], ["::2", "reserved"], ["100::1", "reserved"],
    // IPv4 carried inside IPv6 is judged by the IPv4 address
    ["::ffff:127.0.0.1", "loopback"], ["::ffff:7f00:1", "loopback"], ["::ffff:10.1.2.3", "private"], ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:8.8.8.8", "public"], ["64:ff9b::a9fe:a9fe", "link-local"], ["2002:c0a8:0101::1", "private"], ["::127.0.0.1", "reserved"],
  ])("IPv6 %s is %s", (ip, expected) => expect(classifyAddress(ip)).toBe(expected));

  it.each(["", "localhost", "1.2.3", "256.1.1.1", "1:2:3:4:5:6:7:8:9", "1::2::3", "gggg::1", "::ffff:300.1.1.1"])("%j is not an address (refused)", (ip) => {
    expect(classifyAddress(ip)).toBe("reserved");
  });
});

describe("checkOutboundUrl", () => {
  const blocked = (url: string, allow: string[] = []) => {
    try {
      checkOutboundUrl(url, allow);
    } catch (e) {
      return e instanceof OutboundError ? e.code : "other";
    }
    return "allowed";
  };

  it("allows https to public names and addresses", () => {
    expect(blocked("https://idp.example.com/.well-known/openid-configuration")).toBe("allowed");
    expect(blocked("https://8.8.8.8/")).toBe("allowed");
  });
  it("refuses other schemes, credentials and plain http", () => {
    expect(blocked("ftp://example.com/")).toBe("invalid_url");
    expect(blocked("file:///etc/passwd")).toBe("invalid_url");
    expect(blocked("not a url")).toBe("invalid_url");
    expect(blocked("https://user:pw@example.com/")).toBe("invalid_url");
    expect(blocked("http://example.com/")).toBe("blocked_destination");
  });
  it("refuses internal literal addresses, including IPv6 and mapped forms", () => {
    for (const url of ["https://127.0.0.1/", "https://169.254.169.254/latest/meta-data", "https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://0.0.0.0/", "https://10.0.0.5:8443/"]) {
      expect(blocked(url), url).toBe("blocked_destination");
    }
  });
  it.each([
    "https://127.1/", "https://2130706433/", "https://0x7f000001/", "https://0177.0.0.1/", "https://127.000.000.001/", "https://127.0.0.1./",
    "https://0/", "https://[::]/", "https://[0:0:0:0:0:ffff:7f00:1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[fd00::1]/", "https://[fe80::1]/",
    "https://172.31.255.254/", "https://192.168.1.1/", "https://2852039166/", "https://100.64.0.1/", "https://127.0.0.1:8080/#@hooks.example.com/",
  ])("refuses the encoded internal address %s", (url) => expect(blocked(url)).toBe("blocked_destination"));
  it.each(["gopher://127.0.0.1/_x", "data:text/plain,x", "https://hooks.example.com@127.0.0.1/", "http://hooks.example.com:80@127.0.0.1/"])(
    "refuses %s before looking at the address",
    (url) => expect(blocked(url)).toBe("invalid_url"),
  );
  it("refuses localhost and names under it whatever the resolver says (RFC 6761), unless allow-listed", () => {
    for (const url of ["https://localhost/", "https://localhost./", "https://LocalHost:8443/", "https://canary.localhost/", "https://a.b.LOCALHOST./"]) {
      expect(blocked(url), url).toBe("blocked_destination");
    }
    expect(() => checkOutboundUrl("https://localhost./x", [])).toThrow(/^https:\/\/localhost\. resolves to an internal address$/);
    expect(blocked("https://localhost.example.com/")).toBe("allowed");
    expect(blocked("https://notlocalhost/")).toBe("allowed");
    expect(blocked("http://localhost.:3000/", ["localhost:3000"])).toBe("allowed"); // the trailing dot names the same host
    expect(blocked("http://hooks.example.com./x", ["hooks.example.com"])).toBe("allowed");
  });
  it("lets allow-listed hosts (optionally with a port) through, also over http", () => {
    expect(blocked("http://127.0.0.1:9000/x", ["127.0.0.1"])).toBe("allowed");
    expect(blocked("http://127.0.0.1:9000/x", ["127.0.0.1:9000"])).toBe("allowed");
    expect(blocked("http://127.0.0.1:9001/x", ["127.0.0.1:9000"])).toBe("blocked_destination");
    expect(blocked("https://[::1]/", outboundAllowHosts("::1"))).toBe("allowed");
    expect(blocked("http://localhost:3000/", outboundAllowHosts(" LOCALHOST , 127.0.0.1"))).toBe("allowed");
  });
  it("never puts the path or query in the error message", () => {
    expect(() => checkOutboundUrl("http://example.com/cb?code=SECRETCODE", [])).toThrow(/^http:\/\/example\.com: /);
    try {
      checkOutboundUrl("https://10.0.0.1/token?client_secret=SECRET", []);
    } catch (e) {
      expect((e as Error).message).not.toContain("SECRET");
    }
  });
});

describe("outboundFetch against a loopback server", () => {
  let server: Server;
  let base: string;
  const previous = process.env.OUTBOUND_ALLOW_HOSTS;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/redirect") return void res.writeHead(302, { location: "http://169.254.169.254/" }).end();
      if (req.url === "/redirect-private") return void res.writeHead(307, { location: "https://10.0.0.1/hook" }).end();
      if (req.url === "/redirect-local") return void res.writeHead(307, { location: "/echo" }).end();
      if (req.url === "/redirect-see-other") return void res.writeHead(303, { location: "/echo" }).end();
      if (req.url === "/redirect-loop") return void res.writeHead(302, { location: "/redirect-loop" }).end();
      if (req.url === "/big") return void res.end("x".repeat(2_000));
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 1_000);
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ method: req.method, body })));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = previous;
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof OutboundError ? e.code : String(e)));

  it("refuses loopback unless allow-listed", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "";
    expect(await code(outboundFetch(`${base}/`))).toBe("blocked_destination");
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    const res = await outboundFetch(`${base}/echo`, { method: "POST", body: new URLSearchParams({ a: "1" }) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ method: "POST", body: "a=1" });
  });
  it("resolves names, refuses internal answers and connects to the checked address", async () => {
    const port = (server.address() as AddressInfo).port;
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    expect(await code(outboundFetch(`https://localhost:${port}/`))).toBe("blocked_destination");
    process.env.OUTBOUND_ALLOW_HOSTS = `localhost:${port}`;
    expect((await outboundFetch(`http://localhost:${port}/echo`)).status).toBe(200);
  });
  it("does not follow redirects, caps the size and times out", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    expect(await code(outboundFetch(`${base}/redirect`))).toBe("redirect");
    expect(await code(outboundFetch(`${base}/big`, { maxBytes: 1_000 }))).toBe("too_large");
    expect(await code(outboundFetch(`${base}/slow`, { timeoutMs: 100 }))).toBe("timeout");
  });
  it("follows redirects only when asked, checking every hop", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    expect(await code(outboundFetch(`${base}/redirect-local`, { method: "POST", body: "x" }))).toBe("redirect");
    const kept = await outboundFetch(`${base}/redirect-local`, { method: "POST", body: "x", maxRedirects: 2 });
    expect(JSON.parse(kept.text)).toEqual({ method: "POST", body: "x" }); // 307 keeps the method and body
    const seeOther = await outboundFetch(`${base}/redirect-see-other`, { method: "POST", body: "x", headers: { "content-type": "text/plain" }, maxRedirects: 2 });
    expect(JSON.parse(seeOther.text)).toEqual({ method: "GET", body: "" });
    expect(await code(outboundFetch(`${base}/redirect-private`, { method: "POST", body: "x", maxRedirects: 3 }))).toBe("blocked_destination");
    expect(await code(outboundFetch(`${base}/redirect`, { maxRedirects: 3 }))).toBe("blocked_destination");
    expect(await code(outboundFetch(`${base}/redirect-loop`, { maxRedirects: 3 }))).toBe("redirect");
  });
  it("checks a destination without calling it", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "";
    expect(await code(checkOutboundDestination("https://localhost/hook"))).toBe("blocked_destination");
    expect(await code(checkOutboundDestination("https://169.254.169.254/"))).toBe("blocked_destination");
    expect(await code(checkOutboundDestination(`${base}/`))).toBe("blocked_destination");
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    expect(await code(checkOutboundDestination(`${base}/`))).toBe("ok");
  });
  it("reports unreachable hosts as network errors", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    expect(await code(outboundFetch("http://127.0.0.1:1/"))).toBe("network");
  });
});
