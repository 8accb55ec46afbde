import { abaRoutingValid } from "../../validators/aba-routing";
import { bitcoinBase58Valid } from "../../validators/base58check";
import { segwitAddressValid } from "../../validators/bech32";
import { luhnValid } from "../../validators/luhn";
import { IBAN_LENGTHS, ibanValid } from "../../validators/mod97";
import type { Candidate, PiiRule, Tok } from "../rule";
import { Code, Shape, digitsOf, isDigit, isUpper, isWordChar, notAfter, oneOf, sameSeparators } from "../rule";

const { D, DA, OTHER } = Shape;
const { SPACE, DASH } = Code;

// Plain digits, 4-4-4-(1..7) groups, or Amex/Diners 4-6-(4|5) groups, with one separator kind.
const CARD = /(?<![\w.,/-])(?:[1-6]\d{11,18}|[1-6]\d{3}([ -])\d{4}\1\d{4}\1\d{1,7}|[1-6]\d{3}([ -])\d{6}\2\d{4,5})(?![\w-]|[.,]\d)/g;

/** Issuer ranges (IIN) of the major schemes, with the lengths they issue. */
export function knownCardIin(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  switch (d[0]) {
    case "1": return (n === 15 && !d.startsWith("1800")) || (p4 === 1800 && n === 15);
    case "2": return (p4 === 2131 && n === 15) || (p4 >= 2200 && p4 <= 2204 && n >= 16) || (p4 >= 2221 && p4 <= 2720 && n === 16);
    case "3": return ((p2 === 34 || p2 === 37) && n === 15) || (p2 === 35 && n >= 16) || ((p2 === 30 || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14);
    case "4": return n === 13 || n === 16 || n === 19;
    case "5": return (p2 >= 51 && p2 <= 55 && n === 16) || (n >= 12 && (p2 === 50 || p2 >= 56));
    case "6": return n >= 12;
    default: return false;
  }
}

function validateCard(value: string): boolean | number {
  const d = digitsOf(value);
  if (d.length < 12 || d.length > 19 || /^(\d)\1+$/.test(d)) return false;
  if (!knownCardIin(d) || !luhnValid(d)) return false;
  // 12-digit Maestro numbers are too common by chance: they need a card word nearby.
  // So are long plain digit strings (ids, snowflakes) that pass Luhn by chance (1 in 10).
  if (d.length === 12) return 0.3;
  return d.length >= 17 && value.length === d.length ? 0.4 : true;
}

const IBAN_CANDIDATE = /(?<![\w])([A-Z]{2})(\d{2})((?:[ -]?[A-Z0-9]){11,34})/g;
const IBAN_GROUPED = /^[A-Z]{2}\d{2}(?:([ -])[A-Z0-9]{4}(?:\1[A-Z0-9]{4})*(?:\1[A-Z0-9]{1,4})?)$/;

/** IBAN spans are trimmed to the country's length, so trailing words in capitals are not swallowed. */
function refineIban(text: string, start: number): Candidate[] | null {
  const length = IBAN_LENGTHS[text.slice(start, start + 2)];
  if (!length) return null;
  let compact = "";
  let end = start;
  while (end < text.length && compact.length < length) {
    const c = text[end] ?? "";
    if (c !== " " && c !== "-") compact += c;
    else if (text[end + 1] === " " || text[end + 1] === "-") break;
    end++;
  }
  if (compact.length !== length || isWordChar(text, end) || !ibanValid(compact)) return null;
  const value = text.slice(start, end);
  if (/[ -]/.test(value) && !IBAN_GROUPED.test(value)) return null;
  return [{ start, end, score: 1 }];
}

const BTC_BASE58 = /(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])/g;
const BTC_BECH32 = /(?<![\w])(?:bc1|BC1|tb1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![\w])/g;
const ETH = /(?<![\w])0x[0-9a-fA-F]{40}(?![\w])/g;

const CARD_CONTEXT = ["credit", "card", "cards", "visa", "mastercard", "amex", "cc", "debit", "payment", "maestro", "discover", "jcb", "diners"];
const BANK_CONTEXT = ["bank", "banking", "checking", "savings", "acct", "deposit", "wire"];
const BTC_CONTEXT = ["wallet", "btc", "bitcoin", "crypto"];

const code = (text: string, i: number) => text.charCodeAt(i);
const bech32Prefix = (t: Tok, text: string) => {
  const p = text.slice(t.start, t.start + 3);
  return p === "bc1" || p === "BC1" || p === "tb1";
};
const notAfterDotDash = notAfter(".-");
const [upper, digit] = [isUpper, isDigit]; // local bindings for per-token code (see rule.ts)

export const FINANCIAL_RULES: PiiRule[] = [
  {
    id: "credit-card",
    entity: "CREDIT_CARD",
    regex: CARD,
    score: 0.3,
    validate: validateCard,
    context: CARD_CONTEXT,
    trigger: {
      kind: "digits", token: (s, n, next) => s === D && ((n >= 12 && n <= 19) || (n === 4 && (next === SPACE || next === DASH))), first: oneOf("123456"), prev: notAfter(".,/-"),
      check: (t) => t.n >= 12 || t.after === 4 || t.after === 6,
    },
  },
  {
    id: "iban",
    entity: "IBAN_CODE",
    regex: IBAN_CANDIDATE,
    score: 1,
    refine: refineIban,
    skipRejected: true,
    context: ["iban", "bank", "transfer"],
    trigger: {
      kind: "digits", token: (s, n, next) => s !== D && s !== DA && n >= 4 && (n >= 15 || next === SPACE || next === DASH), first: isUpper,
      check: (t, text) => t.lead === 2 && upper(code(text, t.start + 1)) && digit(code(text, t.start + 3)),
    },
  },
  {
    id: "btc-base58",
    entity: "CRYPTO",
    regex: BTC_BASE58,
    score: 0.3,
    validate: bitcoinBase58Valid,
    context: BTC_CONTEXT,
    trigger: { kind: "digits", token: (_, n) => n >= 26 && n <= 35, first: oneOf("13") },
  },
  {
    id: "btc-bech32",
    entity: "CRYPTO",
    regex: BTC_BECH32,
    score: 0.3,
    validate: segwitAddressValid,
    context: BTC_CONTEXT,
    trigger: { kind: "digits", token: (s, n) => s !== D && s !== DA && n >= 9 && n <= 90, first: oneOf("bBt"), check: bech32Prefix },
  },
  // An Ethereum address has no checksum node:crypto can verify (Keccak), so it needs a wallet word nearby.
  {
    id: "eth-address",
    entity: "CRYPTO",
    regex: ETH,
    score: 0.2,
    maxScore: 0.2,
    context: ["wallet", "eth", "ethereum", "crypto", "address", "send"],
    trigger: { kind: "digits", token: (s, n) => (s === DA || s === OTHER) && n === 42, first: oneOf("0"), check: (t, text) => code(text, t.start + 1) === 120, solo: () => 0.2 },
  },
  {
    id: "us-bank-number",
    entity: "US_BANK_NUMBER",
    regex: /(?<![\w.-])\d{8,17}(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    validate: (v) => !/^(\d)\1+$/.test(v) && 0.2,
    context: BANK_CONTEXT,
    trigger: { kind: "digits", token: (s, n) => s === D && n >= 8 && n <= 17, prev: notAfterDotDash, solo: () => 0.2 },
  },
  {
    id: "aba-routing",
    entity: "ABA_ROUTING_NUMBER",
    regex: /(?<![\w.-])(?:\d{9}|\d{4}-\d{4}-\d)(?![\w-]|[.,]\d)/g,
    score: 0.3,
    maxScore: 0.3,
    validate: (v) => sameSeparators(v) && abaRoutingValid(digitsOf(v)) && 0.3,
    context: ["aba", "routing", "rtn", "transit", "abartn"],
    trigger: {
      kind: "digits", token: (s, n, next) => s === D && (n === 9 || (n === 4 && next === DASH)), prev: notAfterDotDash,
      check: (t) => t.n === 9 || t.after === 4,
      solo: (t) => (t.n === 9 ? 0.3 : 1),
    },
  },
];
