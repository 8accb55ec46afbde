import type { PiiRule, Tok } from "../rule";
import { Code, Shape, digitsOf, isDigit, isUpper, notAfter, oneOf, sameSeparators } from "../rule";

const { D, AD } = Shape;
const { DASH } = Code;

// Numbers published as examples or used in advertising; never a real person's SSN.
const FAKE_SSNS = new Set(["123456789", "078051120", "219099999", "457555462", "111223333"]);

function ssnVerdict(value: string): boolean | number {
  if (!sameSeparators(value)) return false;
  const d = digitsOf(value);
  if (d.length !== 9 || /^(\d)\1{8}$/.test(d) || FAKE_SSNS.has(d)) return false;
  const area = d.slice(0, 3);
  if (area === "000" || area === "666" || area[0] === "9" || d.slice(3, 5) === "00" || d.slice(5) === "0000") return false;
  return /^\d{3}[- .]\d{2}[- .]\d{4}$/.test(value) ? 0.5 : 0.2;
}

const SSN = /(?<![\w.-])(?:\d{3}([- .]?)\d{2}\1\d{4}|\d{3}-\d{6}|\d{5}-\d{4})(?![\w-]|[.,]\d)/g;
const ITIN = /(?<![\w.-])9\d{2}([- ]?)(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\1\d{4}(?![\w-]|[.,]\d)|(?<![\w.-])9\d{2}(?:-\d{6}|\d{2}-\d{4})(?![\w-]|[.,]\d)/g;

const notAfterDotDash = notAfter(".-");
const upper = isUpper; // local binding for per-token code (see rule.ts)
/** 3-2-4 / 3-6 / 5-4 digit groups: the first group and what follows it. */
const firstGroup = (seps: string) => (s: number, n: number, next: number) =>
  s === D && (n === 9 || (n === 3 && next !== 0 && seps.includes(String.fromCharCode(next))) || (n === 5 && next === DASH));
const groupsOf = (seps: string) => (t: Tok) => {
  if (t.n === 9) return true;
  const run = t.after;
  if (t.n === 3) return seps.includes(String.fromCharCode(t.next)) && (run === 2 || (run === 6 && t.next === 45));
  return t.n === 5 && t.next === 45 && run === 4;
};

export const US_ID_RULES: PiiRule[] = [
  {
    id: "us-ssn",
    entity: "US_SSN",
    regex: SSN,
    score: 0.2,
    validate: ssnVerdict,
    context: ["social", "security", "ssn", "ssns", "ss", "ssnumber"],
    trigger: { kind: "digits", token: firstGroup("- ."), prev: notAfterDotDash, check: groupsOf("- ."), solo: (t) => (t.n === 9 ? 0.2 : 1) },
  },
  {
    id: "us-itin",
    entity: "US_ITIN",
    regex: ITIN,
    score: 0.2,
    validate: (v) => (/^9\d{2}([- ])\d{2}\1\d{4}$/.test(v) ? 0.5 : 0.2),
    context: ["itin", "taxpayer", "individual", "tax", "tin", "taxid"],
    trigger: { kind: "digits", token: firstGroup("- "), first: oneOf("9"), prev: notAfterDotDash, check: groupsOf("- "), solo: (t) => (t.n === 9 ? 0.2 : 1) },
  },
  {
    id: "us-passport",
    entity: "US_PASSPORT",
    regex: /(?<![\w.-])(?:[A-Z]\d{8}|\d{9})(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    context: ["passport", "passports", "travel"],
    trigger: {
      kind: "digits", token: (s, n) => n === 9 && (s === D || s === AD), prev: notAfterDotDash,
      check: (t) => t.shape === D || (t.lead === 1 && t.first >= 65 && t.first <= 90),
      solo: () => 0.2,
    },
  },
  {
    id: "us-driver-license",
    entity: "US_DRIVER_LICENSE",
    regex: /(?<![\w.-])(?:[A-Z]{1,2}\d{4,14}|\d{6,14}|[A-Z]\d{2}-\d{3}-\d{3}|[A-Z]\d{3}-\d{4}-\d{4}(?:-\d{2})?)(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    context: ["driver", "drivers", "driving", "dl", "dln", "dmv"],
    trigger: {
      kind: "digits", token: (s, n, next) => (s === D && n >= 6 && n <= 14) || (s === AD && ((n >= 5 && n <= 16) || ((n === 3 || n === 4) && next === DASH))), prev: notAfterDotDash,
      first: (c) => isDigit(c) || isUpper(c),
      check: (t, text) => {
        if (t.shape === D) return t.n >= 6 && t.n <= 14;
        if (t.lead > 2 || (t.lead === 2 && !upper(text.charCodeAt(t.start + 1)))) return false;
        return (t.digits >= 4 && t.digits <= 14) || (t.lead === 1 && (t.digits === 2 || t.digits === 3) && t.next === 45);
      },
      // Dashed forms ("A12-345-678") run past the token; every other form is the token itself.
      solo: (t) => (t.shape === AD && t.next === 45 ? 1 : 0.2),
    },
  },
];
