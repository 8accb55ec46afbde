import type { Candidate, PiiRule } from "../rule";
import { hasDigit } from "../rule";

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

function scanPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHONE)) {
    const value = m[0];
    if (countDigits(value) < 7) continue;
    const after = text.slice(m.index + value.length, m.index + value.length + 2);
    if (/^:\d/.test(after)) continue; // a clock time follows: "2006-04-07 09:00"
    if (/^[-.]\d/.test(after)) continue; // part of a longer token (GUID, version, hyphenated id)
    if (STREET_AFTER.test(text.slice(m.index + value.length, m.index + value.length + 48))) continue;
    const score = phoneScore(value);
    if (score > 0) out.push({ start: m.index, end: m.index + value.length, score });
    else if (value.includes(" ") && value.replace(/\D/g, "").length > 15) out.push(...splitRun(m.index, value));
  }
  return out;
}

export const PHONE_RULES: PiiRule[] = [
  {
    entity: "PHONE_NUMBER",
    prefilter: hasDigit,
    scan: scanPhones,
    score: 0.5,
    context: ["phone", "phones", "telephone", "tel", "cell", "cellphone", "mobile", "mob", "call", "fax", "office", "desk", "contact", "whatsapp", "sms", "dial", "landline", "hotline", "reach", "answering", "messages"],
  },
];
