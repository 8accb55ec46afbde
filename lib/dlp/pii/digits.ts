// The digit gate of the fast engine: one native regex skips to the next digit, a short walk reads the \w token around
// it (length, digit count, letter/digit shape, neighbours), and lookup tables built from the rules' triggers say
// which digit-bearing rules could have a match whose first digit-bearing token is this one. Ordinary structured
// text (timestamps, counters, versions, octets) is dismissed with a few table lookups per token.
import { Shape, type DigitTrigger, type PiiRule, type Tok } from "./rule";

const { D, AD, DA, ADA, OTHER } = Shape;

const SHAPES = 5;
const MAX_LEN = 63;
/** Characters that can follow a rule's first token, each its own class; everything else is class 0. */
const NEXT_CHARS = " -./:,()#";
const NEXT_CLASSES = NEXT_CHARS.length + 1;
const NEXT_CLASS = new Uint8Array(129).map((_, c) => NEXT_CHARS.indexOf(String.fromCharCode(c)) + 1);
const REPRESENTATIVE = [0, ...[...NEXT_CHARS].map((c) => c.charCodeAt(0))];

/** Character class for the tables: ASCII code, 0 at the text's edges, 128 for anything beyond ASCII. */
const codeAt = (text: string, i: number) => (i < 0 || i >= text.length ? 0 : Math.min(text.charCodeAt(i), 128));

export type DigitTables = {
  /** bit → index of the rule in the rule list */
  ruleOf: number[];
  triggers: DigitTrigger[];
  /** [((shape * lengths + min(length, lengths - 1)) * nextClasses + nextClass[next character]] → rule bits */
  token: Uint32Array;
  lengths: number;
  nextClass: Uint8Array;
  nextClasses: number;
  first: Uint32Array;
  /** [shape][previous character] → rule bits */
  prev: Uint32Array;
  /** per bit, with back > 0: allowed first characters of a match and characters before it */
  startOk: Uint8Array[];
  behindOk: Uint8Array[];
};

const always = () => true;
const or = (table: Uint32Array, i: number, bit: number) => (table[i] = ((table[i] ?? 0) | bit) >>> 0);
const tokenSlot = (shape: number, n: number, nextClass: number) => (shape * (MAX_LEN + 1) + Math.min(n, MAX_LEN)) * NEXT_CLASSES + nextClass;

export function buildDigitTables(rules: readonly PiiRule[]): DigitTables {
  const t: DigitTables = {
    ruleOf: [],
    triggers: [],
    token: new Uint32Array(SHAPES * (MAX_LEN + 1) * NEXT_CLASSES),
    lengths: MAX_LEN + 1,
    nextClass: NEXT_CLASS,
    nextClasses: NEXT_CLASSES,
    first: new Uint32Array(129),
    prev: new Uint32Array(SHAPES * 129),
    startOk: [],
    behindOk: [],
  };
  rules.forEach((rule, index) => {
    const trigger = rule.trigger;
    if (trigger.kind !== "digits") return;
    const bitIndex = t.ruleOf.length;
    if (bitIndex >= 32) throw new Error("too many digit-triggered PII rules");
    const bit = (1 << bitIndex) >>> 0;
    t.ruleOf.push(index);
    t.triggers.push(trigger);
    for (let shape = 0; shape < SHAPES; shape++) {
      // Length MAX_LEN stands for every longer token too.
      for (let n = 1; n <= MAX_LEN; n++) {
        REPRESENTATIVE.forEach((next, k) => {
          let fits = trigger.token(shape, n, next);
          for (let longer = n + 1; n === MAX_LEN && !fits && longer <= 4 * MAX_LEN; longer++) fits = trigger.token(shape, longer, next);
          if (fits) or(t.token, tokenSlot(shape, n, k), bit);
        });
      }
      for (let c = 0; c <= 128; c++) if ((trigger.prev ?? always)(c, shape)) or(t.prev, shape * 129 + c, bit);
    }
    const startOk = new Uint8Array(129);
    const behindOk = new Uint8Array(129);
    for (let c = 0; c <= 128; c++) {
      if ((trigger.first ?? always)(c)) or(t.first, c, bit);
      startOk[c] = (trigger.start ?? always)(c) ? 1 : 0;
      behindOk[c] = (trigger.behind ?? always)(c) ? 1 : 0;
    }
    t.startOk.push(startOk);
    t.behindOk.push(behindOk);
  });
  return t;
}

// Skipping a run of non-digits (/\D*/y) is a tight native loop, faster than searching for /\d/.
const NON_DIGITS = /\D*/y;
function nextDigit(text: string, from: number): number {
  NON_DIGITS.lastIndex = from;
  NON_DIGITS.test(text);
  const at = NON_DIGITS.lastIndex;
  return at < text.length ? at : -1;
}

/** Reads the \w token holding text[at] into `tok`; false when it cannot be part of any match (it has a "_"). */
function readToken(text: string, at: number, tok: Tok): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (!((before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122) || before === 95)) {
    // Most tokens are plain numbers: read the digits, and fall back to the general walk on anything else.
    let i = at + 1;
    let c = 0;
    while (i < text.length && (c = text.charCodeAt(i)) >= 48 && c <= 57) i++;
    if (i === text.length || !(((c | 32) >= 97 && (c | 32) <= 122) || c === 95)) {
      tok.start = at;
      tok.end = i;
      tok.n = i - at;
      tok.digits = i - at;
      tok.lead = 0;
      tok.shape = D;
      tok.first = text.charCodeAt(at);
      tok.prev = before > 128 ? 128 : before;
      tok.next = i < text.length ? (c > 128 ? 128 : c) : 0;
      let after = i + 1;
      while (after < text.length && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) after++;
      tok.after = after > i + 1 ? after - i - 1 : 0;
      return true;
    }
  }
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95) s--;
    else break;
  }
  let digits = 0;
  let runs = 0;
  let lastKind = 0;
  let firstKind = 0;
  let lead = 0;
  let underscore = false;
  let i = s;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    if (c >= 48 && c <= 57) {
      kind = 1;
      digits++;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) kind = 2;
    else if (c === 95) {
      underscore = true;
      kind = 3;
    } else break;
    if (kind !== lastKind) {
      if (runs === 0) firstKind = kind;
      runs++;
      lastKind = kind;
    }
    if (digits === 0) lead++;
  }
  tok.start = s;
  tok.end = i;
  tok.n = i - s;
  tok.digits = digits;
  tok.lead = firstKind === 2 ? lead : 0;
  tok.shape = runs === 1 ? D : runs === 2 ? (firstKind === 2 ? AD : DA) : runs === 3 && firstKind === 2 ? ADA : OTHER;
  tok.first = codeAt(text, s);
  tok.prev = codeAt(text, s - 1);
  tok.next = codeAt(text, i);
  let after = i + 1;
  while (after < text.length && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) after++;
  tok.after = Math.max(0, after - i - 1);
  return !underscore;
}

export const newTok = (): Tok => ({ start: 0, end: 0, n: 0, digits: 0, lead: 0, shape: 0, first: 0, prev: 0, next: 0, after: 0 });

/** Calls `visit` for every digit-bearing \w token of the text, left to right. */
export function forEachDigitToken(text: string, tok: Tok, visit: (tok: Tok) => void): void {
  let at = nextDigit(text, 0);
  while (at >= 0) {
    if (readToken(text, at, tok)) visit(tok);
    const end = tok.end;
    // Structured text chains numbers ("2024-01-02T10:00", "10.0.0.1"): step over one separator without the regex.
    const after = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
    if (after >= 48 && after <= 57) at = end + 1;
    else at = nextDigit(text, end);
  }
}
