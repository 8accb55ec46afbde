import { anchoredMatches, isEmailLocalChar, isHexOrColon, isHostChar, isSchemeChar, toCandidates } from "../anchored";
import type { Candidate, PiiRule } from "../rule";
import { isWordChar } from "../rule";

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\w-]|\.[A-Za-z0-9])/y;

// Schemed URLs, www. hosts, and bare domains with a common TLD (the latter need context).
const URL_SCHEME = /\b(?:https?|ftp):\/\/(?:[\w-]{1,63}(?::[^\s@/]{0,64})?@)?(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?::\d{1,5})?(?:[/?#][^\s"'<>()[\]{}]{0,2000})?/y;
const URL_BARE = /(?<![\w@.\/-])(?:www\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}(?:com|org|net|edu|gov|info|biz|io|co|us|uk|de|fr|il|in|ca|au|site|online|app|dev|ai)(?![\w-]|\.[A-Za-z0-9])(?:\/[^\s"'<>()[\]{}]{0,2000})?/y;

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?(?!\\w)`, "y");
const IPV4_SPEC = { anchor: /\.\d{1,3}\.\d{1,3}\.\d/g, left: (c: number) => c >= 48 && c <= 57, maxBack: 3, sticky: IPV4 };
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]{0,43}(?:%[A-Za-z0-9]{1,15})?(?:\/\d{1,4})?/y;
const IPV6_ANCHOR = /::|:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/g;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const IPV4_EXACT = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function ipv6GroupsValid(part: string, allowV4Tail: boolean): number {
  if (part === "") return 0;
  const groups = part.split(":");
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] ?? "";
    if (allowV4Tail && i === groups.length - 1 && g.includes(".")) {
      if (!IPV4_EXACT.test(g)) return -1;
      count += 2;
    } else if (HEX_GROUP.test(g)) count += 1;
    else return -1;
  }
  return count;
}

/** Validates an IPv6 literal (no zone/prefix); returns false for anything else. */
export function ipv6Valid(address: string): boolean {
  const halves = address.split("::");
  if (halves.length > 2) return false;
  if (halves.length === 2) {
    const head = ipv6GroupsValid(halves[0] ?? "", false);
    const tail = ipv6GroupsValid(halves[1] ?? "", true);
    return head >= 0 && tail >= 0 && head + tail <= 7;
  }
  return ipv6GroupsValid(address, true) === 8;
}

function scanIpv6(text: string): Candidate[] {
  const out: Candidate[] = [];
  const spec = { anchor: IPV6_ANCHOR, left: isHexOrColon, maxBack: 45, sticky: IPV6_CANDIDATE };
  for (const m of anchoredMatches(text, spec)) {
    let raw = m.value;
    if (!raw.includes("::") && (raw.match(/:/g)?.length ?? 0) < 7) continue;
    let prefix = "";
    const slash = raw.indexOf("/");
    if (slash >= 0) {
      prefix = raw.slice(slash);
      raw = raw.slice(0, slash);
      if (Number(prefix.slice(1)) > 128) prefix = "";
    }
    const zoneAt = raw.indexOf("%");
    const address = (zoneAt >= 0 ? raw.slice(0, zoneAt) : raw).replace(/\.+$/, "");
    const zone = zoneAt >= 0 ? raw.slice(zoneAt) : "";
    if (!ipv6Valid(address)) continue;
    const trimmed = address.length < (zoneAt >= 0 ? zoneAt : raw.length);
    const value = trimmed ? address : address + zone + prefix;
    const end = m.start + value.length;
    if (isWordChar(text, end) && !zone) continue;
    out.push({ start: m.start, end, score: address === "::" && !prefix ? 0.3 : 0.6 });
  }
  return out;
}

const MAC = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:.-])/y;
const MAC_SPEC = { anchor: /[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./g, left: isHexOrColon, maxBack: 17, sticky: MAC };

const EMAIL_SPEC = { anchor: /@/g, left: isEmailLocalChar, maxBack: 64, sticky: EMAIL };
const URL_SPEC = { anchor: /:\/\//g, left: isSchemeChar, maxBack: 5, sticky: URL_SCHEME };
const BARE_TLD = /\.(?:com|org|net|edu|gov|info|biz|io|co|us|uk|de|fr|il|in|ca|au|site|online|app|dev|ai)(?![\w-])/g;
const URL_BARE_SPEC = { anchor: BARE_TLD, left: isHostChar, maxBack: 253, sticky: URL_BARE };

function scanBareUrls(text: string): Candidate[] {
  return anchoredMatches(text, URL_BARE_SPEC).map((m) => ({
    start: m.start,
    end: m.start + m.value.length,
    score: m.value.toLowerCase().startsWith("www.") ? 0.5 : 0.3,
  }));
}

const BROADCAST_OR_ZERO = /^(?:f{12}|F{12}|0{12})$/;

const IP_CONTEXT = ["ip", "ipv4", "ipv6", "address", "addr", "src", "dst", "host", "server", "client", "gateway", "loopback", "subnet", "route", "from", "connect"];

export const CONTACT_RULES: PiiRule[] = [
  { entity: "EMAIL_ADDRESS", prefilter: (t) => t.includes("@"), scan: (t) => toCandidates(anchoredMatches(t, EMAIL_SPEC), 1), score: 1 },
  { entity: "URL", prefilter: (t) => t.includes("://"), scan: (t) => toCandidates(anchoredMatches(t, URL_SPEC), 0.6), score: 0.6, context: ["url", "link", "website", "site", "domain"] },
  {
    entity: "URL",
    prefilter: (t) => t.includes("."),
    scan: scanBareUrls,
    score: 0.3,
    context: ["url", "link", "website", "site", "domain", "domains", "visit", "web"],
  },
  { entity: "IP_ADDRESS", prefilter: (t) => t.includes("."), scan: (t) => toCandidates(anchoredMatches(t, IPV4_SPEC), 0.6), score: 0.6, context: IP_CONTEXT },
  { entity: "IP_ADDRESS", prefilter: (t) => t.includes("::") || t.includes(":"), scan: scanIpv6, score: 0.6, context: IP_CONTEXT },
  {
    entity: "MAC_ADDRESS",
    scan: (t) => toCandidates(anchoredMatches(t, MAC_SPEC).filter((m) => !BROADCAST_OR_ZERO.test(m.value.replace(/[:.-]/g, ""))), 0.6),
    score: 0.6,
    context: ["mac", "hardware", "ethernet", "physical", "wifi", "bssid", "device"],
  },
];
