import { auTfnValid } from "../../validators/au-tfn";
import { esNieValid, esNifValid } from "../../validators/es-nif";
import { itFiscalCodeValid } from "../../validators/it-fiscal-code";
import { nhsValid } from "../../validators/nhs";
import { sgNricValid } from "../../validators/sg-nric";
import type { PiiRule } from "../rule";
import { Code, Shape, digitsOf, isAlpha, isUpper, notAfter, oneOf } from "../rule";

const { D, AD, DA, ADA, OTHER } = Shape;
const { SPACE, DASH } = Code;

const END = String.raw`(?![\w-]|[.,]\d)`;
const notAfterDotDash = notAfter(".-");
const anyBefore = notAfter("");

// Mod-11 checks pass for ~1 in 11 random numbers (phone numbers included), so a passing check alone is only
// medium evidence for these; a context word pushes it over the line.
export const INTL_ID_RULES: PiiRule[] = [
  {
    id: "uk-nhs",
    entity: "UK_NHS",
    regex: new RegExp(String.raw`(?<![\w.-])\d{3}([- ]?)\d{3}\1\d{4}${END}`, "g"),
    score: 0.3,
    // Bare or dashed ten-digit numbers are mostly timestamps, account ids and phones: those need context.
    validate: (v) => nhsValid(digitsOf(v)) && (v.includes(" ") ? 0.5 : 0.3),
    context: ["nhs", "health", "patient", "hospital", "medical"],
    trigger: {
      kind: "digits", token: (s, n, next) => s === D && (n === 10 || (n === 3 && (next === SPACE || next === DASH))), prev: notAfterDotDash,
      check: (t) => t.n === 10 || t.after === 3,
      solo: (t) => (t.n === 10 ? 0.3 : 1),
    },
  },
  {
    id: "uk-nino",
    entity: "UK_NINO",
    regex: /(?<![\w])(?!(?:bg|gb|nk|kn|nt|tn|zz))[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![\w])/gi,
    score: 0.5,
    context: ["national", "insurance", "nino", "ni"],
    // "AB123456C", "AB12 34 56 C" (the token holds the letters) or "AB 12 34 56 C" (it follows "AB ").
    trigger: {
      kind: "digits", back: 3, start: isAlpha, behind: anyBefore,
      token: (s, n, next) => (s === AD ? (n === 4 || n === 6 || n === 8) && next === SPACE : s === D ? (n === 2 || n === 4 || n === 6) && next === SPACE : s === ADA ? n === 9 : s === DA && n === 7),
      prev: (c, s) => s === AD || s === ADA || c === SPACE,
      check: (t) => (t.shape === AD || t.shape === ADA ? t.lead === 2 && (t.shape === AD || t.digits === 6) : t.shape === D || t.digits === 6),
    },
  },
  {
    id: "au-tfn",
    entity: "AU_TFN",
    regex: new RegExp(String.raw`(?<![\w.-])\d{3}( ?)\d{3}\1\d{3}${END}`, "g"),
    score: 0.1,
    maxScore: 0.4,
    validate: (v) => auTfnValid(digitsOf(v)) && 0.4,
    context: ["tfn", "tax", "file"],
    trigger: {
      kind: "digits", token: (s, n, next) => s === D && (n === 9 || (n === 3 && next === SPACE)), prev: notAfterDotDash,
      check: (t) => t.n === 9 || t.after === 3,
      solo: (t) => (t.n === 9 ? 0.4 : 1),
    },
  },
  {
    id: "in-pan",
    entity: "IN_PAN",
    regex: /(?<![\w])[A-Z]{5}\d{4}[A-Z](?![\w])/g,
    score: 0.5,
    validate: (v) => (/^[A-Z]{3}[ABCFGHJLPT]/.test(v) ? 0.7 : 0.5),
    context: ["pan", "permanent", "income", "tax"],
    trigger: { kind: "digits", token: (s, n) => s === ADA && n === 10, first: isUpper, check: (t) => t.lead === 5 && t.digits === 4 },
  },
  {
    id: "sg-nric",
    entity: "SG_NRIC_FIN",
    regex: /(?<![\w])[STFGM]\d{7}[A-Z](?![\w])/gi,
    score: 0.3,
    validate: sgNricValid,
    context: ["nric", "fin", "ic", "identity"],
    trigger: { kind: "digits", token: (s, n) => s === ADA && n === 9, first: oneOf("STFGMstfgm"), check: (t) => t.lead === 1 && t.digits === 7 },
  },
  {
    id: "es-nif",
    entity: "ES_NIF",
    regex: /(?<![\w.-])\d{7,8}-?[A-Za-z](?![\w])/g,
    score: 0.3,
    validate: (v) => esNifValid(v) && (digitsOf(v).length === 8 ? true : 0.6),
    context: ["dni", "nif", "documento", "identidad"],
    trigger: {
      kind: "digits", token: (s, n, next) => (s === DA && (n === 8 || n === 9)) || (s === D && (n === 7 || n === 8) && next === DASH), prev: notAfterDotDash,
      check: (t) => t.shape === D || t.n === t.digits + 1,
    },
  },
  {
    id: "es-nie",
    entity: "ES_NIE",
    regex: /(?<![\w])[XYZ]-?\d{7}-?[A-Z](?![\w])/gi,
    score: 0.3,
    validate: esNieValid,
    context: ["nie", "extranjero"],
    // "X1234567L", "X1234567-L", or the digits after "X-".
    trigger: {
      kind: "digits", back: 2, start: oneOf("XYZxyz"), behind: anyBefore,
      token: (s, n, next) => (s === ADA && n === 9) || (s === AD && n === 8 && next === DASH) || (s === DA && n === 8) || (s === D && n === 7 && next === DASH),
      prev: (c, s) => s === AD || s === ADA || c === DASH,
      check: (t) => t.digits === 7 && (t.shape === D || t.shape === DA || t.lead === 1),
    },
  },
  {
    id: "it-fiscal-code",
    entity: "IT_FISCAL_CODE",
    // A code always carries a digit unless all seven were replaced (omocodia): those are not looked for.
    regex: /\b(?=[A-Z]{6}[\dA-Z]{0,9}\d)[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b/g,
    score: 0.3,
    validate: itFiscalCodeValid,
    context: ["codice", "fiscale", "cf"],
    trigger: { kind: "digits", token: (s, n) => (s === ADA || s === OTHER) && n === 16, first: isUpper, check: (t) => t.lead >= 6 },
  },
];
