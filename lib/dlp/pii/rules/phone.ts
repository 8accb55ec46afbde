import type { Candidate, PiiRule, Tok } from "../rule";
import { Shape, notAfter } from "../rule";

const { D, DA, OTHER } = Shape;

// Digit groups joined by one separator, or by nothing next to a parenthesised group; digit runs are maximal, so
// there is a single way to split a candidate into groups (no catastrophic backtracking).
const GROUP = String.raw`(?:\(\d{1,5}\)|\d{1,14})`;
const SEP = String.raw`(?:[ .-]|(?<=\))|(?=\())`;
const PHONE = new RegExp(String.raw`(?<![\w+@/.:-])(?:\+ ?)?${GROUP}(?:${SEP}${GROUP}){0,7}(?: ?(?:x|ext\.?|#) ?\d{1,6})?(?![\w])`, "g");

const EXTENSION = / ?(?:x|ext\.?|#) ?\d{1,6}$/;
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const DATE_LIKE = new RegExp(String.raw`^(?:\d{4}([-./])(?:0?[1-9]|1[0-2])\1${DAY}|${DAY}([-./])${DAY}\2(?:\d{4}|\d{2}))(?: \d{1,2})?$`);
// "6556 106 Rue Ettatawer", "03262 2437 Main St": house numbers followed by a street name.
const STREET_AFTER = /^[ ,]{1,2}(?:[\p{L}.'-]{1,20} ){0,2}(?:st|street|rd|road|ave|avenue|blvd|lane|ln|dr|drive|way|apt|suite|unit|rue|via|calle|gasse|strasse|straße|utca|u\.|tér|tie|katu|gatan|vej)\b/iu;
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const SSN_LIKE = /^\d{3}([- .])\d{2}\1\d{4}$/;
const CARD_LIKE = /^\d{4}(?:[ -]\d{4}){2,4}$/;

/** Score of a phone-shaped string: 0.7 international/NANP, 0.5 grouped national, 0.3 weak (needs context), 0 = not a phone. */
export function phoneScore(candidate: string): number {
  const value = candidate.replace(EXTENSION, "");
  const digits = value.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return 0;
  if (DATE_LIKE.test(value) || DOTTED_QUAD.test(value) || SSN_LIKE.test(value) || CARD_LIKE.test(value)) return 0;
  if ((value.match(/\(/g)?.length ?? 0) !== (value.match(/\)/g)?.length ?? 0)) return 0;
  const parts = value.split(/\D+/).filter(Boolean);
  const groups = parts.length;
  // Dotted runs with one-digit parts are versions ("96.0.4664.55"), not phone numbers.
  if (/\d\.\d/.test(value) && parts.some((p) => p.length < 2)) return 0;
  if (value.startsWith("+")) return digits.length >= 8 ? 0.7 : 0.3;
  if (NANP.test(value)) return 0.7;
  if (/^(?:00|011)[ .-]?[1-9]/.test(value) && groups >= 3 && digits.length >= 10) return 0.6;
  if (groups >= 3 && digits.length >= 9) return 0.5;
  if (groups >= 2 && digits.length >= 8 && /^\(?0/.test(value)) return 0.5;
  return 0.3;
}

/** A run too long to be one number ("052 5552606 074-7111234") is split greedily at spaces. */
function splitRun(start: number, value: string): Candidate[] {
  const parts: { at: number; s: string }[] = [];
  for (const m of value.matchAll(/\S+/g)) parts.push({ at: m.index, s: m[0] });
  const out: Candidate[] = [];
  let i = 0;
  while (i < parts.length) {
    let advanced = false;
    for (let j = parts.length; j > i; j--) {
      const first = parts[i];
      const last = parts[j - 1];
      if (!first || !last) break;
      const sub = value.slice(first.at, last.at + last.s.length);
      const score = phoneScore(sub);
      if ((score >= 0.6 || (score >= 0.5 && sub.startsWith("0"))) && !/^\d{4}(?: \d{4})+$/.test(sub)) {
        out.push({ start: start + first.at, end: start + first.at + sub.length, score });
        i = j;
        advanced = true;
        break;
      }
    }
    if (!advanced) i++;
  }
  return out;
}

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** One raw match of PHONE: dropped when too short or followed by a clock time, a longer token or a street name. */
function refinePhone(text: string, start: number, end: number): Candidate[] | null {
  const value = text.slice(start, end);
  if (countDigits(value) < 7) return null;
  const after = text.slice(end, end + 2);
  if (/^:\d/.test(after)) return null; // a clock time follows: "2006-04-07 09:00"
  if (/^[-.]\d/.test(after)) return null; // part of a longer token (GUID, version, hyphenated id)
  if (STREET_AFTER.test(text.slice(end, end + 48))) return null;
  const score = phoneScore(value);
  if (score > 0) return [{ start, end, score }];
  if (value.includes(" ") && value.replace(/\D/g, "").length > 15) return splitRun(start, value);
  return null;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isPhoneChar = (c: number) => isDigit(c) || c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 43 || c === 120 || c === 101 || c === 116 || c === 35; // space . - ( ) + x e t #

/**
 * A phone match runs over digits, separators, parentheses and an extension only, and ends before a non-word
 * character. So the digits of every match that can start near the token are among those of the run of such
 * characters from the token, up to its last non-word character (or its end, when no letter follows it: in
 * "2023-11-14T10" only "2023-11" counts). Fewer than 7 digits there: every such match is rejected and none
 * reaches past the run, so the whole run can be passed over (memo: run end, digit count). A run that is exactly a
 * dotted quad (an IPv4 address in a log) can only match as a whole, which phoneScore rejects, unless a "+" or
 * "(" before it starts a longer match.
 */
function mayStartPhone(t: Tok, text: string, memo: Int32Array, call: number): boolean {
  if (t.shape === D ? t.n > 14 : !/^\d{1,14}(?:x|ext)/.test(text.slice(t.start, t.start + 18))) return false;
  if (memo[0] !== call || t.start >= (memo[1] ?? 0)) {
    let i = t.start;
    let digits = 0;
    let beforeLastEnd = 0;
    // A dotted quad: 4 groups of 1-3 digits and nothing else.
    let groups = 1;
    let run = 0;
    let quad = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isPhoneChar(c)) break;
      if (isDigit(c)) {
        digits++;
        if (++run > 3) quad = false;
      } else {
        if (c !== 120 && c !== 101 && c !== 116) beforeLastEnd = digits; // a match may end before this character
        if (c === 46 && run > 0) {
          groups++;
          run = 0;
        } else quad = false;
      }
    }
    const after = i < text.length ? text.charCodeAt(i) : 32;
    const wordAfter = isDigit(after) || ((after | 32) >= 97 && (after | 32) <= 122) || after === 95;
    memo[0] = call;
    memo[1] = i;
    memo[2] = wordAfter ? beforeLastEnd : digits;
    if (quad && groups === 4 && run > 0 && !wordAfter && t.prev !== 43 && t.prev !== 40 && t.prev !== 32) return false;
  }
  return (memo[2] ?? 0) >= 7;
}

export const PHONE_RULES: PiiRule[] = [
  {
    id: "phone",
    entity: "PHONE_NUMBER",
    regex: PHONE,
    score: 0.5,
    refine: refinePhone,
    skipRejected: true,
    context: ["phone", "phones", "telephone", "tel", "cell", "cellphone", "mobile", "mob", "call", "fax", "office", "desk", "contact", "whatsapp", "sms", "dial", "landline", "hotline", "reach", "answering", "messages"],
    // "+1 …", "+ 44 …", "(212) …", "+(44) …": the first digits are at most 3 characters after the start.
    trigger: {
      kind: "digits", back: 3, token: (s, n) => (s === D && n <= 14) || ((s === DA || s === OTHER) && n <= 23), first: isDigit, prev: (c) => c === 0 || !"@/.:-".includes(String.fromCharCode(c)),
      start: (c) => isDigit(c) || c === 43 || c === 40, behind: notAfter("+@/.:-"), check: mayStartPhone,
    },
  },
];
