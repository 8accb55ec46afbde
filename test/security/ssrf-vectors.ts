// The SSRF vectors every outbound feature must refuse. Loopback ones aim at the canary's port, so a vector
// that slipped through would show up in its counters; the others name internal networks nobody listens on here.
import { redirectPath } from "./ssrf-canary";

export type SsrfVector = { name: string; url: string; redirect: boolean };

/** Names the proof's resolver answers itself (a hosts-file override without touching /etc/hosts). */
export const TEST_DNS: Record<string, { address: string; family: 4 | 6 }[]> = {
  "loopback.ssrf.test": [{ address: "127.0.0.1", family: 4 }],
  "v6-loopback.ssrf.test": [{ address: "::1", family: 6 }],
  "mapped.ssrf.test": [{ address: "::ffff:127.0.0.1", family: 6 }],
  "metadata.ssrf.test": [{ address: "169.254.169.254", family: 4 }],
  // One public and one loopback answer: the client would pick either, so the name is refused.
  "mixed.ssrf.test": [{ address: "93.184.216.34", family: 4 }, { address: "127.0.0.1", family: 4 }],
};

export function ssrfVectors({ canaryPort: c, stubOrigin }: { canaryPort: number; stubOrigin: string }): SsrfVector[] {
  const stubHost = new URL(stubOrigin).host;
  const direct: [string, string][] = [
    ["loopback", `https://127.0.0.1:${c}/`],
    ["loopback short form", `https://127.1:${c}/`],
    ["loopback decimal", `https://2130706433:${c}/`],
    ["loopback hex", `https://0x7f000001:${c}/`],
    ["loopback octal", `https://0177.0.0.1:${c}/`],
    ["loopback zero-padded", `https://127.000.000.001:${c}/`],
    ["loopback trailing dot", `https://127.0.0.1.:${c}/`],
    ["loopback other /8 address", `https://127.0.0.2:${c}/`],
    ["unspecified 0.0.0.0", `https://0.0.0.0:${c}/`],
    ["unspecified as 0", `https://0:${c}/`],
    ["IPv6 loopback", `https://[::1]:${c}/`],
    ["IPv6 unspecified", `https://[::]:${c}/`],
    ["IPv4-mapped IPv6", `https://[::ffff:127.0.0.1]:${c}/`],
    ["IPv4-mapped IPv6 long form", `https://[0:0:0:0:0:ffff:7f00:1]:${c}/`],
    ["NAT64 metadata", "https://[64:ff9b::a9fe:a9fe]/latest/meta-data/"],
    ["IPv6 ULA", "https://[fd00::1]/"],
    ["IPv6 link-local", "https://[fe80::1]/"],
    ["private 10/8", "https://10.0.0.1/"],
    ["private 172.16/12", "https://172.31.255.254/"],
    ["private 192.168/16", "https://192.168.1.1/"],
    ["cloud metadata", "https://169.254.169.254/latest/meta-data/"],
    ["cloud metadata decimal", "https://2852039166/latest/meta-data/"],
    ["CGNAT 100.64/10", "https://100.64.0.1/"],
    ["localhost", `https://localhost:${c}/`],
    ["localhost trailing dot", `https://localhost.:${c}/`],
    ["localhost mixed case", `https://LocalHost:${c}/`],
    ["name under .localhost", `https://canary.localhost:${c}/`],
    ["name resolving to loopback", `https://loopback.ssrf.test:${c}/`],
    ["name resolving to loopback, mixed case and trailing dot", `https://LoopBack.SSRF.test.:${c}/`],
    ["name resolving to IPv6 loopback", `https://v6-loopback.ssrf.test:${c}/`],
    ["name resolving to IPv4-mapped loopback", `https://mapped.ssrf.test:${c}/`],
    ["name resolving to metadata", "https://metadata.ssrf.test/latest/meta-data/"],
    ["name with a public and a loopback answer", `https://mixed.ssrf.test:${c}/`],
    ["plain http to loopback (allow-listed host, other port)", `http://127.0.0.1:${c}/`],
    ["file scheme", "file:///etc/passwd"],
    ["gopher scheme", `gopher://127.0.0.1:${c}/_GET%20/`],
    ["ftp scheme", `ftp://127.0.0.1:${c}/`],
    ["data scheme", "data:text/plain,canary"],
    ["userinfo naming the allowed host", `http://${stubHost}@127.0.0.1:${c}/`],
    ["userinfo before an internal host over https", `https://hooks.example.com@127.0.0.1:${c}/`],
    ["fragment naming the allowed host", `https://127.0.0.1:${c}/#@${stubHost}/`],
    ["fragment trick without a slash", `http://127.0.0.1:${c}#@${stubHost}/`],
  ];
  const redirects: [string, number, string][] = [
    ["redirect 302 to loopback", 302, `https://127.0.0.1:${c}/`],
    ["redirect 307 to loopback over http", 307, `http://127.0.0.1:${c}/`],
    ["redirect 308 to IPv6 loopback", 308, `https://[::1]:${c}/`],
    ["redirect 303 to localhost", 303, `https://localhost:${c}/`],
    ["redirect 301 to a name resolving to loopback", 301, `https://loopback.ssrf.test:${c}/`],
    ["redirect 302 to metadata", 302, "https://169.254.169.254/latest/meta-data/"],
    ["redirect 302 protocol-relative to loopback", 302, `//127.0.0.1:${c}/`],
    ["redirect 302 to a file URL", 302, "file:///etc/passwd"],
  ];
  return [
    ...direct.map(([name, url]) => ({ name, url, redirect: false })),
    ...redirects.map(([name, status, target]) => ({ name, url: `${stubOrigin}${redirectPath(status, target)}`, redirect: true })),
  ];
}
