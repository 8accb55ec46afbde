import type { PiiRule } from "../rule";
import { digitsOf, hasDigit, sameSeparators } from "../rule";

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

export const US_ID_RULES: PiiRule[] = [
  {
    entity: "US_SSN",
    prefilter: hasDigit,
    regex: SSN,
    score: 0.2,
    validate: ssnVerdict,
    context: ["social", "security", "ssn", "ssns", "ss", "ssnumber"],
  },
  {
    entity: "US_ITIN",
    prefilter: (t) => t.includes("9"),
    regex: ITIN,
    score: 0.2,
    validate: (v) => (/^9\d{2}([- ])\d{2}\1\d{4}$/.test(v) ? 0.5 : 0.2),
    context: ["itin", "taxpayer", "individual", "tax", "tin", "taxid"],
  },
  {
    entity: "US_PASSPORT",
    prefilter: hasDigit,
    regex: /(?<![\w.-])(?:[A-Z]\d{8}|\d{9})(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    context: ["passport", "passports", "travel"],
  },
  {
    entity: "US_DRIVER_LICENSE",
    prefilter: hasDigit,
    regex: /(?<![\w.-])(?:[A-Z]{1,2}\d{4,14}|\d{6,14}|[A-Z]\d{2}-\d{3}-\d{3}|[A-Z]\d{3}-\d{4}-\d{4}(?:-\d{2})?)(?![\w-]|[.,]\d)/g,
    score: 0.2,
    maxScore: 0.2,
    context: ["driver", "drivers", "driving", "dl", "dln", "dmv"],
  },
];
