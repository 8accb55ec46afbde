// Test-only generated corpus for the oracle test: true positives of every PII format, near misses (bad
// checksums, versions, GUIDs, clock times, C++ scopes), context words and structured log lines, glued together
// with separators that create edge cases (adjacency, shared dots/dashes, parentheses).
import * as F from "./fixtures";
import { int, pick, type Rand } from "./fixtures";

const CONTEXT_WORDS = [
  "phone", "call", "mobile", "tel", "fax", "contact", "office", "card", "visa", "credit", "amex", "debit", "iban", "bank", "wire", "acct",
  "routing", "aba", "ssn", "social security", "itin", "taxpayer", "passport", "driver's license", "dl", "nhs", "patient", "national insurance",
  "nino", "tfn", "tax file", "pan", "income", "nric", "fin", "dni", "nif", "nie", "codice fiscale", "cf", "wallet", "btc", "eth", "ethereum",
  "ip", "ipv6", "host", "server", "from", "mac", "ethernet", "device", "url", "website", "link", "domain", "visit", "dob", "born", "birth",
  "died", "phones", "passportnumber", "websites", "Phone:", "SSN#", "IP=", "Mobile", "hospital", "reach", "messages",
];

const WORDS = ["the", "model", "answer", "customer", "order", "invoice", "please", "report", "ticket", "account", "token", "context", "index", "ship", "text", "next", "exit", "March", "May", "dec", "Sept", "on", "at", "in", "AB", "GB", "X", "S", "www", "com", "http"];

const NEAR_MISSES = [
  "1.2.3", "v1.2.3.4", "96.0.4664.55", "999.1.1.1", "256.1.1.1", "1.2.3.4.5", "10.0.0", "3.14159", "1,234.56", "$12.50", "12:34:56", "12:34",
  "std::vector", "a::b", "::", ":::::", "2001::db8::1", "fe80:::1", "1:2:3:4:5:6:7", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "3c:22:fb-01-9a-7e",
  "00000003-0000-0ff1-ce00-000000000000", "550e8400-e29b-41d4-a716-446655440000", "1774963078", "1700000123", "1700000123456", "6051731645161637785",
  "123456789", "000-12-3456", "666-12-3456", "078-05-1120", "536-90.4399", "123-45-678", "12-345-6789", "ext. 12", "#12", "x12", "(12)", "+", "++1",
  "0x", "0x123", "bc1", "BC1Q", "1BvBMSEYst", "_123456789", "abc_4111111111111111", "4111111111111111_x", "a@", "@b.com", "a@b", "jane@example.",
  "http://", "www.", ".com", "example.c", "1e10", "-42", "+-1", "(555)", "( 555 ) 123", "555-CALL-NOW", "1-800-FLOWERS", "2024-13-45", "31/02/2024",
  "32/01/2024", "00/00/00", "24/7", "9/11", "1/2", "Mar-", "-Mar", "3rd", "21st century", "Q3-2024", "A-1234", "A12-345-67", "AB12", "X-123456",
];

// Formats whose first digits sit away from the match start or next to separators the triggers look at.
const EDGE_CASES = [
  "AB 12 34 56 C", "AB12 34 56C", "AB 123456C", "AB123456 C", "ab 123456 c", "X-1234567-L", "x1234567l", "X1234567-L", "Y-1234567L", "0110-0001-5",
  "536-904399", "53690-4399", "912 70 1234", "912-701234", "A12-345-678", "B123-4567-8901-23", "_536-90-4399", "536-90-4399_", "+(44) 20 7946 0958",
  "+ (44) 20 7946 0958", "555-0147x 22", "5551234ext. 22", "5551234#12", "Mar. 3rd, 1985", "September 30th 2020", "3-Mar", "Sept-24", "12/29", "03.04.85",
  "2024-03-15 10:30", "2024-03-15T10:30:00+0200", "fe80::1%eth0", "::ffff:10.0.0.9", "1:2:3:4:5:6:7:8", "AA:BB:CC:DD:EE:FF", "aa-bb-cc-dd-ee-ff",
  "aabb.ccdd.eeff", "3c22.fb01.9a7e", "::", "a::b", "https://x.io", "www.x.co.uk", "a.b.c.d.e.f.g.com", "bob@x.com.au", "+10.0.0.1", "(10.0.0.1)",
  "10.0.0.1x", "1.2.3.4.5", "GB82 WEST 1234 5698 7654 32", "GB82-WEST-1234-5698-7654-32", "DE89 3704 0044 0532 0130 00", "4111-1111-1111-1111",
  "3782 822463 10005", "0x52908400098527886E0F7030069857D2E4169EE7", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "RSSMRA85T10A562S", "ABCPE1234F",
  "S1234567D", "12345678Z", "943 476 5919", "123 456 782", "011000015", "(212) 555-7788 ext 4", "1 (800) 555 0199", "00 44 20 7946 0958",
];

const EMAILS = ["jane.roe@example.com", "a@b.co", "first.last+tag@mail.example.org", "ops@xn--bcher-kva.example", "x.y@sub.domain.co.uk", "john_doe@corp.io", "bad..dots@example.com", "-lead@example.com", "name@localhost", "u1@h-1.example.net"];
const URLS = ["https://docs.example.com/a?b=1", "http://example.org", "ftp://files.example.net/x.tar.gz", "https://user:pw@host.example.io:8443/p", "www.example.com", "www.example.co.uk/path", "example.com", "sub.example.ai", "bedrock.amazonaws.com", "api.openai.com/v1/chat", "x.de", "HTTP://EXAMPLE.COM", "https://a.b.c.d.e.f.g.h.example.com"];
const PHONES = [
  "+1 415 555 0134", "(212) 555-7788", "+44 20 7946 0958", "030 12345678", "01 42 68 53 00", "555-0147x22", "+1-303-555-0147 ext. 12", "5551234",
  "0044 20 7946 0958", "011 44 20 7946 0958", "052 5552606 074-7111234", "+1 (415) 555-0134", "415.555.0134", "+33 1 42 68 53 00", "(0)20 7946 0958",
  "+91-98765-43210", "1234 5678 9012 3456", "555 1234", "+ 44 20 7946 0958", "4410 2207 Main St", "6556 106 Rue Ettatawer", "+(44) 20 7946 0958", "07700 900123 #4",
];

function date(r: Rand): string {
  const y = int(r, 1950, 2030);
  const m = String(int(r, 1, 12)).padStart(2, "0");
  const d = String(int(r, 1, 31)).padStart(2, "0");
  switch (int(r, 0, 7)) {
    case 0: return `${y}-${m}-${d}`;
    case 1: return `${y}-${m}-${d}T${String(int(r, 0, 23)).padStart(2, "0")}:${String(int(r, 0, 59)).padStart(2, "0")}:${String(int(r, 0, 59)).padStart(2, "0")}${pick(r, ["Z", ".123Z", "+02:00", "", "-0500"])}`;
    case 2: return `${d}${pick(r, ["/", ".", "-"])}${m}${pick(r, ["/", ".", "-"])}${pick(r, [String(y), String(y).slice(2)])}`;
    case 3: return `${pick(r, ["March", "Mar", "mar.", "September", "Sept", "Dec"])} ${int(r, 1, 31)}${pick(r, ["", "st", "th"])}${pick(r, [",", ""])} ${y}`;
    case 4: return `${int(r, 1, 31)} ${pick(r, ["March", "Mar", "december"])}${pick(r, [" ", "-", ", "])}${pick(r, [String(y), String(y).slice(2)])}`;
    case 5: return `${int(r, 1, 12)}/${pick(r, [String(y), String(y).slice(2)])}`;
    case 6: return `${int(r, 1, 31)}-${pick(r, ["Mar", "Sept", "jan"])}`;
    default: return `${pick(r, ["Mar", "September", "jan"])}-${pick(r, [String(y), String(y).slice(2)])}`;
  }
}

function ipv4(r: Rand): string {
  const octet = () => String(pick(r, [int(r, 0, 255), int(r, 0, 9), int(r, 250, 300)]));
  const ip = `${octet()}.${octet()}.${octet()}.${octet()}`;
  return r() < 0.2 ? `${ip}/${int(r, 0, 40)}` : ip;
}

function ipv6(r: Rand): string {
  const g = () => F.hexRun(r, int(r, 1, 4));
  switch (int(r, 0, 6)) {
    case 0: return Array.from({ length: 8 }, g).join(":");
    case 1: return `${g()}:${g()}::${g()}`;
    case 2: return `::ffff:${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)}`;
    case 3: return `fe80::${g()}%${pick(r, ["eth0", "en1", "wlan0"])}`;
    case 4: return `${g()}:${g()}::/${int(r, 0, 140)}`;
    case 5: return pick(r, ["::1", "::", "2001:db8::", "::ffff:10.0.0.9"]);
    default: return Array.from({ length: int(r, 3, 9) }, g).join(":");
  }
}

function mac(r: Rand): string {
  const pairs = Array.from({ length: 6 }, () => F.hexRun(r, 2));
  const form = int(r, 0, 2);
  if (form === 2) return [0, 1, 2].map((i) => (pairs[2 * i] ?? "") + (pairs[2 * i + 1] ?? "")).join(".");
  return pairs.join(form === 0 ? ":" : "-").toUpperCase();
}

function ssn(r: Rand): string {
  const area = pick(r, [String(int(r, 1, 899)).padStart(3, "0"), "000", "666", "900", "078"]);
  const value = `${area}${String(int(r, 0, 99)).padStart(2, "0")}${String(int(r, 0, 9999)).padStart(4, "0")}`;
  const sep = pick(r, ["-", " ", ".", "", "-"]);
  return pick(r, [group(value, sep), `${value.slice(0, 3)}-${value.slice(3)}`, `${value.slice(0, 5)}-${value.slice(5)}`]);
}
const group = (v: string, sep: string) => `${v.slice(0, 3)}${sep}${v.slice(3, 5)}${sep}${v.slice(5)}`;

function itin(r: Rand): string {
  const value = `9${F.digits(r, 2)}${pick(r, ["70", "88", "89", "94", "65", "50"])}${F.digits(r, 4)}`;
  return pick(r, [group(value, "-"), group(value, " "), value, `${value.slice(0, 3)}-${value.slice(3)}`]);
}

function personal(r: Rand): string {
  switch (int(r, 0, 6)) {
    case 0: return `${pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ".split(""))}${F.digits(r, 8)}`; // passport
    case 1: return pick(r, [`${pick(r, ["D", "AB", "X"])}${F.digits(r, int(r, 4, 12))}`, F.digits(r, int(r, 6, 14)), `A${F.digits(r, 2)}-${F.digits(r, 3)}-${F.digits(r, 3)}`, `B${F.digits(r, 3)}-${F.digits(r, 4)}-${F.digits(r, 4)}-${F.digits(r, 2)}`]);
    case 2: return F.digits(r, int(r, 8, 17)); // bank
    default: return pick(r, [F.nino(r), F.pan(r), F.nric(r), F.nif(r), F.nie(r), F.fiscal(r)]);
  }
}

function structured(r: Rand, i: number): string {
  const ts = 1_700_000_000 + i;
  switch (int(r, 0, 4)) {
    case 0: return JSON.stringify({ ts, type: "prompt", model: "gpt-4o", user: `u${i % 97}`, messages: [{ role: "user", content: "summarize the ticket" }] });
    case 1: return JSON.stringify({ ts, usage: { input_tokens: 100 + (i % 50), output_tokens: 20 } });
    case 2: return JSON.stringify({ eventTime: new Date(1_700_000_000_000 + i * 1000).toISOString(), eventSource: "bedrock.amazonaws.com", sourceIPAddress: `10.0.${i % 255}.${(i * 7) % 255}`, modelId: "anthropic.claude-3" });
    case 3: return `level=info ts=${new Date(1_600_000_000_000 + i * 7919).toISOString()} src=${ipv4(r)} dst=${ipv4(r)} bytes=${int(r, 0, 99999)} dur=${r().toFixed(3)}s`;
    default: return `${i},${F.digits(r, int(r, 5, 12))},${pick(r, ["ok", "fail"])},${(r() * 1000).toFixed(2)},${date(r)}`;
  }
}

function piece(r: Rand, i: number): string {
  switch (int(r, 0, 24)) {
    case 23: case 24: return pick(r, EDGE_CASES);
    case 0: return pick(r, EMAILS);
    case 1: return pick(r, URLS);
    case 2: case 3: return pick(r, PHONES);
    case 4: return F.card(r);
    case 5: return F.iban(r);
    case 6: return ipv4(r);
    case 7: return ipv6(r);
    case 8: return mac(r);
    case 9: return ssn(r);
    case 10: return itin(r);
    case 11: return date(r);
    case 12: return pick(r, [F.nhs(r), F.tfn(r), F.aba(r)]);
    case 13: return personal(r);
    case 14: return pick(r, [F.base58Address(r), F.segwitAddress(r), F.eth(r)]);
    case 15: case 16: return pick(r, CONTEXT_WORDS);
    case 17: case 18: return pick(r, NEAR_MISSES);
    case 19: return structured(r, i);
    case 20: return F.digits(r, int(r, 1, 20));
    default: return pick(r, WORDS);
  }
}

const SEPARATORS = [" ", " ", " ", " ", ", ", "\n", ": ", "-", "/", ".", "(", ")", "_", "+", "", "\t", " | ", "'", '"', "=", ";", " (", ") ", ":", "@", "  ", "#", " x "];

/** `count` texts of 1–40 pieces; deterministic for a seed. */
export function oracleCorpus(seed: number, count: number): string[] {
  const r = F.seeded(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = int(r, 1, i % 10 === 0 ? 80 : 25);
    let text = "";
    for (let k = 0; k < n; k++) text += (k === 0 ? "" : pick(r, SEPARATORS)) + piece(r, i * 31 + k);
    texts.push(text);
  }
  return texts;
}
