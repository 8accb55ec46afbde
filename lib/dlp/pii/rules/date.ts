import type { PiiRule } from "../rule";
import { hasDigit } from "../rule";

// Dates are weak PII on their own (logs are full of timestamps): low base scores, reported when a birth/date
// word is near.
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}";
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const START = "(?<![\\w/.:-])";
const END = "(?![\\w/-]|[.:]\\d)";

const ISO = new RegExp(`${START}\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${END}`, "g");
const NUMERIC = new RegExp(`${START}${DAY}([/.-])${DAY}\\1(?:\\d{4}|\\d{2})${END}`, "g");
const NAMED = new RegExp(`${START}(?:${DAY}[- ]${MONTH}[- ,]{1,2}\\d{2,4}|${MONTH}\\.? ${DAY}(?:st|nd|rd|th)?,? \\d{4})${END}`, "gi");
const SHORT = new RegExp(`${START}(?:(?:0?[1-9]|1[0-2])/(?:\\d{4}|\\d{2})|${DAY}-${MONTH}|${MONTH}-(?:\\d{4}|\\d{2}))${END}`, "gi");

// Only personal-date words: "date", "expires" or "created" sit next to every timestamp in a log.
const CONTEXT = ["dob", "birth", "born", "birthday", "birthdate", "died", "deceased"];

export const DATE_RULES: PiiRule[] = [
  { entity: "DATE_TIME", prefilter: hasDigit, regex: ISO, score: 0.3, maxScore: 0.3, context: CONTEXT },
  { entity: "DATE_TIME", prefilter: hasDigit, regex: NUMERIC, score: 0.3, maxScore: 0.3, context: CONTEXT },
  { entity: "DATE_TIME", prefilter: hasDigit, regex: NAMED, score: 0.3, maxScore: 0.3, context: CONTEXT },
  { entity: "DATE_TIME", prefilter: hasDigit, regex: SHORT, score: 0.1, maxScore: 0.1, context: CONTEXT },
];
