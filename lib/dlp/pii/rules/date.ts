import type { PiiRule, Tok } from "../rule";
import { Code, Shape, isAlpha, isDigit, notAfter } from "../rule";

const { D, DA } = Shape;
const { SPACE, COMMA, DASH, DOT, SLASH } = Code;

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

const startDate = notAfter("/.:-");

/** Value of the 1-2 digit number at `start`, if it is a DAY (1-31, "01".."09" allowed). */
function dayAt(text: string, start: number, length: number): boolean {
  const value = length === 1 ? text.charCodeAt(start) - 48 : (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
  return value >= 1 && value <= 31;
}

/** "dd.mm.yy(yy)": a DAY, the separator, another DAY, the same separator again, then 2 or 4 digits. */
function dayMonthYear(t: Tok, text: string): boolean {
  const month = t.after;
  const at = t.end + 1 + month;
  if (month < 1 || month > 2 || text.charCodeAt(at) !== t.next || !dayAt(text, t.start, t.n) || !dayAt(text, t.end + 1, month)) return false;
  let year = at + 1;
  while (year < text.length && text.charCodeAt(year) >= 48 && text.charCodeAt(year) <= 57) year++;
  return year - at - 1 === 2 || year - at - 1 === 4;
}
const startsWord = (c: number) => isDigit(c) || isAlpha(c);
const alpha = isAlpha; // local binding for per-token code (see rule.ts)

export const DATE_RULES: PiiRule[] = [
  {
    id: "date-iso",
    entity: "DATE_TIME",
    regex: ISO,
    score: 0.3,
    maxScore: 0.3,
    context: CONTEXT,
    trigger: { kind: "digits", token: (s, n, next) => s === D && n === 4 && next === DASH, prev: startDate, check: (t) => t.after === 2 },
  },
  {
    id: "date-numeric",
    entity: "DATE_TIME",
    regex: NUMERIC,
    score: 0.3,
    maxScore: 0.3,
    context: CONTEXT,
    trigger: { kind: "digits", token: (s, n, next) => s === D && n <= 2 && (next === SLASH || next === DOT || next === DASH), prev: startDate, check: dayMonthYear },
  },
  // "3 March 1985" starts at the day; "March 3rd, 1985" at the month, up to 12 characters before the day.
  {
    id: "date-named",
    entity: "DATE_TIME",
    regex: NAMED,
    score: 0.3,
    maxScore: 0.3,
    context: CONTEXT,
    trigger: {
      kind: "digits", back: 12, start: startsWord, behind: startDate,
      token: (s, n, next) => (s === D && n <= 2 && (next === SPACE || next === DASH || next === COMMA)) || (s === DA && (n === 3 || n === 4) && (next === SPACE || next === COMMA)),
      prev: (c, s) => (s === D ? startDate(c) : c === SPACE),
      check: (t) => (t.shape === D ? t.next !== COMMA || t.prev === SPACE : t.digits <= 2 && t.n === t.digits + 2),
    },
  },
  // "12/29" and "3-Mar" start at the number; "Mar-2024" at the month, up to 11 characters before the year.
  {
    id: "date-short",
    entity: "DATE_TIME",
    regex: SHORT,
    score: 0.1,
    maxScore: 0.1,
    context: CONTEXT,
    trigger: {
      kind: "digits", back: 11, start: startsWord, behind: startDate,
      token: (s, n, next) => s === D && ((n <= 2 && (next === SLASH || next === DASH)) || n === 2 || n === 4),
      prev: (c) => startDate(c) || c === DASH,
      check: (t, text) => (t.n <= 2 && (t.next === SLASH || t.next === DASH) && t.prev !== DASH) || ((t.n === 2 || t.n === 4) && t.prev === DASH && alpha(text.charCodeAt(t.start - 2))),
    },
  },
];
