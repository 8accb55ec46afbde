import { auTfnValid } from "../../validators/au-tfn";
import { esNieValid, esNifValid } from "../../validators/es-nif";
import { itFiscalCodeValid } from "../../validators/it-fiscal-code";
import { nhsValid } from "../../validators/nhs";
import { sgNricValid } from "../../validators/sg-nric";
import type { PiiRule } from "../rule";
import { digitsOf, hasDigit } from "../rule";

const END = String.raw`(?![\w-]|[.,]\d)`;

// Mod-11 checks pass for ~1 in 11 random numbers (phone numbers included), so a passing check alone is only
// medium evidence for these; a context word pushes it over the line.
export const INTL_ID_RULES: PiiRule[] = [
  {
    entity: "UK_NHS",
    prefilter: hasDigit,
    regex: new RegExp(String.raw`(?<![\w.-])\d{3}([- ]?)\d{3}\1\d{4}${END}`, "g"),
    score: 0.3,
    // Bare or dashed ten-digit numbers are mostly timestamps, account ids and phones: those need context.
    validate: (v) => nhsValid(digitsOf(v)) && (v.includes(" ") ? 0.5 : 0.3),
    context: ["nhs", "health", "patient", "hospital", "medical"],
  },
  {
    entity: "UK_NINO",
    prefilter: hasDigit,
    regex: /(?<![\w])(?!(?:bg|gb|nk|kn|nt|tn|zz))[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![\w])/gi,
    score: 0.5,
    context: ["national", "insurance", "nino", "ni"],
  },
  {
    entity: "AU_TFN",
    prefilter: hasDigit,
    regex: new RegExp(String.raw`(?<![\w.-])\d{3}( ?)\d{3}\1\d{3}${END}`, "g"),
    score: 0.1,
    maxScore: 0.4,
    validate: (v) => auTfnValid(digitsOf(v)) && 0.4,
    context: ["tfn", "tax", "file"],
  },
  {
    entity: "IN_PAN",
    prefilter: hasDigit,
    regex: /(?<![\w])[A-Z]{5}\d{4}[A-Z](?![\w])/g,
    score: 0.5,
    validate: (v) => (/^[A-Z]{3}[ABCFGHJLPT]/.test(v) ? 0.7 : 0.5),
    context: ["pan", "permanent", "income", "tax"],
  },
  {
    entity: "SG_NRIC_FIN",
    prefilter: hasDigit,
    regex: /(?<![\w])[STFGM]\d{7}[A-Z](?![\w])/gi,
    score: 0.3,
    validate: sgNricValid,
    context: ["nric", "fin", "ic", "identity"],
  },
  {
    entity: "ES_NIF",
    prefilter: hasDigit,
    regex: /(?<![\w.-])\d{7,8}-?[A-Za-z](?![\w])/g,
    score: 0.3,
    validate: (v) => esNifValid(v) && (digitsOf(v).length === 8 ? true : 0.6),
    context: ["dni", "nif", "documento", "identidad"],
  },
  {
    entity: "ES_NIE",
    prefilter: hasDigit,
    regex: /(?<![\w])[XYZ]-?\d{7}-?[A-Z](?![\w])/gi,
    score: 0.3,
    validate: esNieValid,
    context: ["nie", "extranjero"],
  },
  {
    entity: "IT_FISCAL_CODE",
    prefilter: hasDigit,
    regex: /\b[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b/g,
    score: 0.3,
    validate: itFiscalCodeValid,
    context: ["codice", "fiscale", "cf"],
  },
];
