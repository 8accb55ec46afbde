import { BARE_TLDS } from "../anchors";
import type { Candidate, PiiRule } from "../rule";
import { Code, Shape, isWordChar, notAfter, type Tok } from "../rule";

const { D } = Shape;
const { DOT } = Code;

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\w-]|\.[A-Za-z0-9])/g;

// Schemed URLs, www. hosts, and bare domains with a common TLD (the latter need context).
const URL_SCHEME = /\b(?:https?|ftp):\/\/(?:[\w-]{1,63}(?::[^\s@/]{0,64})?@)?(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?::\d{1,5})?(?:[/?#][^\s"'<>()[\]{}]{0,2000})?/g;
const URL_BARE = new RegExp(`(?<![\\w@./-])(?:www\\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,6}(?:${BARE_TLDS})(?![\\w-]|\\.[A-Za-z0-9])(?:\\/[^\\s"'<>()[\\]{}]{0,2000})?`, "g");

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?(?!\\w)`, "g");
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]{0,43}(?:%[A-Za-z0-9]{1,15})?(?:\/\d{1,4})?/g;
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

/** Keeps a hex/colon run that is a valid IPv6 address, with its zone and prefix when they are well formed. */
function refineIpv6(text: string, start: number, rawEnd: number): Candidate[] | null {
  let raw = text.slice(start, rawEnd);
  if (!raw.includes("::") && (raw.match(/:/g)?.length ?? 0) < 7) return null;
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
  if (!ipv6Valid(address)) return null;
  const trimmed = address.length < (zoneAt >= 0 ? zoneAt : raw.length);
  const value = trimmed ? address : address + zone + prefix;
  const end = start + value.length;
  if (isWordChar(text, end) && !zone) return null;
  return [{ start, end, score: address === "::" && !prefix ? 0.3 : 0.6 }];
}

const MAC = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:.-])/g;
const BROADCAST_OR_ZERO = /^(?:f{12}|F{12}|0{12})$/;

/** An octet is followed by ".", 1-3 digits and another ".". */
const dottedOctet = (t: Tok, text: string) => {
  return t.after >= 1 && t.after <= 3 && text.charCodeAt(t.end + 1 + t.after) === DOT;
};

const IP_CONTEXT = ["ip", "ipv4", "ipv6", "address", "addr", "src", "dst", "host", "server", "client", "gateway", "loopback", "subnet", "route", "from", "connect"];

export const CONTACT_RULES: PiiRule[] = [
  { id: "email", entity: "EMAIL_ADDRESS", regex: EMAIL, score: 1, trigger: { kind: "email" } },
  { id: "url", entity: "URL", regex: URL_SCHEME, score: 0.6, context: ["url", "link", "website", "site", "domain"], trigger: { kind: "scheme" } },
  {
    id: "url-bare",
    entity: "URL",
    regex: URL_BARE,
    score: 0.3,
    validate: (v) => (v.toLowerCase().startsWith("www.") ? 0.5 : 0.3),
    context: ["url", "link", "website", "site", "domain", "domains", "visit", "web"],
    trigger: { kind: "domain" },
  },
  {
    id: "ipv4",
    entity: "IP_ADDRESS",
    regex: IPV4,
    score: 0.6,
    context: IP_CONTEXT,
    trigger: { kind: "digits", token: (s, n, next) => s === D && n <= 3 && next === DOT, prev: notAfter("."), check: dottedOctet },
  },
  { id: "ipv6", entity: "IP_ADDRESS", regex: IPV6_CANDIDATE, score: 0.6, refine: refineIpv6, context: IP_CONTEXT, trigger: { kind: "ipv6" } },
  {
    id: "mac",
    entity: "MAC_ADDRESS",
    regex: MAC,
    score: 0.6,
    validate: (v) => !BROADCAST_OR_ZERO.test(v.replace(/[:.-]/g, "")) && 0.6,
    context: ["mac", "hardware", "ethernet", "physical", "wifi", "bssid", "device"],
    trigger: { kind: "mac" },
  },
];
