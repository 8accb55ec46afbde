import { abaRoutingValid } from "../../validators/aba-routing";
import { bitcoinBase58Valid } from "../../validators/base58check";
import { segwitAddressValid } from "../../validators/bech32";
import { luhnValid } from "../../validators/luhn";
import { IBAN_LENGTHS, ibanValid } from "../../validators/mod97";
import type { Candidate, PiiRule } from "../rule";
import { digitsOf, hasDigit, isWordChar, sameSeparators } from "../rule";

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

/** IBAN spans are trimmed to the country's length, so trailing words in capitals are not swallowed. */
function scanIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const length = IBAN_LENGTHS[m[1] ?? ""];
    if (!length) continue;
    let compact = "";
    let end = m.index;
    while (end < text.length && compact.length < length) {
      const c = text[end] ?? "";
      if (c !== " " && c !== "-") compact += c;
      else if (text[end + 1] === " " || text[end + 1] === "-") break;
      end++;
    }
    if (compact.length !== length || isWordChar(text, end) || !ibanValid(compact)) continue;
    const value = text.slice(m.index, end);
    if (/[ -]/.test(value) && !/^[A-Z]{2}\d{2}(?:([ -])[A-Z0-9]{4}(?:\1[A-Z0-9]{4})*(?:\1[A-Z0-9]{1,4})?)$/.test(value)) continue;
    out.push({ start: m.index, end, score: 1 });
  }
  return out;
}

const BTC_BASE58 = /(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])/g;
const BTC_BECH32 = /(?<![\w])(?:bc1|BC1|tb1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![\w])/g;
const ETH = /(?<![\w])0x[0-9a-fA-F]{40}(?![\w])/g;

const CARD_CONTEXT = ["credit", "card", "cards", "visa", "mastercard", "amex", "cc", "debit", "payment", "maestro", "discover", "jcb", "diners"];
const BANK_CONTEXT = ["bank", "banking", "checking", "savings", "acct", "deposit", "wire"];

export const FINANCIAL_RULES: PiiRule[] = [
  { entity: "CREDIT_CARD", prefilter: hasDigit, regex: CARD, score: 0.3, validate: validateCard, context: CARD_CONTEXT },
  { entity: "IBAN_CODE", prefilter: (t) => /[A-Z]{2}\d{2}/.test(t), scan: scanIbans, score: 1, context: ["iban", "bank", "transfer"] },
  { entity: "CRYPTO", prefilter: (t) => /[13][1-9A-HJ-NP-Za-km-z]{25}/.test(t), regex: BTC_BASE58, score: 0.3, validate: bitcoinBase58Valid, context: ["wallet", "btc", "bitcoin", "crypto"] },
  { entity: "CRYPTO", prefilter: (t) => /bc1|tb1/i.test(t), regex: BTC_BECH32, score: 0.3, validate: segwitAddressValid, context: ["wallet", "btc", "bitcoin", "crypto"] },
  // An Ethereum address has no checksum node:crypto can verify (Keccak), so it needs a wallet word nearby.
  { entity: "CRYPTO", prefilter: (t) => t.includes("0x"), regex: ETH, score: 0.2, maxScore: 0.2, context: ["wallet", "eth", "ethereum", "crypto", "address", "send"] },
  {
    entity: "US_BANK_NUMBER",
    prefilter: hasDigit,
    regex: /(?<![\w.-])\d{8,17}(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    validate: (v) => !/^(\d)\1+$/.test(v) && 0.2,
    context: BANK_CONTEXT,
  },
  {
    entity: "ABA_ROUTING_NUMBER",
    prefilter: hasDigit,
    regex: /(?<![\w.-])(?:\d{9}|\d{4}-\d{4}-\d)(?![\w-]|[.,]\d)/g,
    score: 0.3,
    maxScore: 0.3,
    validate: (v) => sameSeparators(v) && abaRoutingValid(digitsOf(v)) && 0.3,
    context: ["aba", "routing", "rtn", "transit", "abartn"],
  },
];
